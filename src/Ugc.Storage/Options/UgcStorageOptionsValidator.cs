using Microsoft.Extensions.Options;

namespace Ugc.Storage.Options;

/// <summary>Checks <see cref="UgcStorageOptions"/> before anything is registered or started.</summary>
public sealed class UgcStorageOptionsValidator : IValidateOptions<UgcStorageOptions>
{
    /// <summary>The longest stream provider name the queue tables hold (with the queue suffix Orleans appends).</summary>
    private const int MaxStreamProviderNameLength = 100;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, UgcStorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"{UgcStorageOptions.SectionName}:Provider '{options.Provider}' is not one of memory, sqlite, postgres.");
        }

        if (options.Provider == UgcStorageProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{UgcStorageOptions.SectionName}:ConnectionString is required for the postgres provider.");
        }

        if (options.Provider == UgcStorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add($"{UgcStorageOptions.SectionName}:DataDirectory is required for the sqlite provider.");
        }

        ValidateStreamProviders(options.StreamProviders, failures);
        Require(options.QueueCount is >= 1 and <= 1024, "QueueCount must be between 1 and 1024.", failures);
        Require(options.MaxEventDeliveryTime > TimeSpan.Zero, "MaxEventDeliveryTime must be positive.", failures);
        Require(options.MaxDeliveryAttempts >= 1, "MaxDeliveryAttempts must be at least 1.", failures);
        Require(options.VisibilityTimeout > options.MaxEventDeliveryTime,
            "VisibilityTimeout must exceed MaxEventDeliveryTime, or events still being retried are delivered twice.", failures);
        Require(options.MessageExpiry > options.VisibilityTimeout, "MessageExpiry must exceed VisibilityTimeout.", failures);
        Require(options.DeadLetterRetention > TimeSpan.Zero, "DeadLetterRetention must be positive.", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateStreamProviders(IList<string> names, List<string> failures)
    {
        if (names.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{UgcStorageOptions.SectionName}:StreamProviders must not contain empty names.");
        }

        if (names.Any(n => n?.Length > MaxStreamProviderNameLength))
        {
            failures.Add($"{UgcStorageOptions.SectionName}:StreamProviders names must be at most {MaxStreamProviderNameLength} characters.");
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            failures.Add($"{UgcStorageOptions.SectionName}:StreamProviders must not repeat a name.");
        }
    }

    private static void Require(bool condition, string message, List<string> failures)
    {
        if (!condition)
        {
            failures.Add($"{UgcStorageOptions.SectionName}:{message}");
        }
    }
}
