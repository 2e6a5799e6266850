using Microsoft.Extensions.Options;

namespace Ugc.Actors.Sql.Options;

/// <summary>Validates any SQL provider options (named or not) through their own <see cref="SqlProviderOptions.Validate"/>.</summary>
public sealed class SqlProviderOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : SqlProviderOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var errors = options.Validate().ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
