using Microsoft.Extensions.Options;

namespace Ugc.Grains.Solicitation;

/// <summary>Checks <see cref="SolicitationOptions"/> at start, naming the key at fault.</summary>
public sealed class SolicitationOptionsValidator : IValidateOptions<SolicitationOptions>
{
    public ValidateOptionsResult Validate(string? name, SolicitationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Ugc:Solicitation:PublicBaseUrl must be an absolute http or https URL.");
        }

        if (string.IsNullOrWhiteSpace(options.Key))
        {
            failures.Add("Ugc:Solicitation:Key must be set (base64 of 32 random bytes).");
        }
        else
        {
            try
            {
                _ = SolicitationKeys.FromBase64(options.Key);
            }
            catch (ArgumentException ex)
            {
                failures.Add(ex.Message);
            }
        }

        if (options.DispatchPeriod < TimeSpan.FromMilliseconds(100) || options.DispatchPeriod > TimeSpan.FromHours(1))
        {
            failures.Add("Ugc:Solicitation:DispatchPeriod must lie between 100 ms and 1 hour.");
        }

        if (options.Shards is < 1 or > 1024 || options.DispatchParallelism is < 1 or > 64 || options.MaxPerRound < 1 || options.IntakeParallelism is < 1 or > 1024)
        {
            failures.Add("Ugc:Solicitation: Shards (1-1024), DispatchParallelism (1-64), MaxPerRound (1+) and IntakeParallelism (1-1024) are out of range.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxAttempts < 1 || options.PauseAfterFailures < 1)
        {
            failures.Add("Ugc:Solicitation: RetryDelay must be positive, MaxAttempts and PauseAfterFailures at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
