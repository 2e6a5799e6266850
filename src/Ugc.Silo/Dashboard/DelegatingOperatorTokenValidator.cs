namespace Ugc.Silo.Dashboard;

/// <summary>Adapts the host's own token check, e.g. <c>new DelegatingOperatorTokenValidator(operatorToken.Verify)</c>.</summary>
public sealed class DelegatingOperatorTokenValidator(Func<string, bool> validate) : IOperatorTokenValidator
{
    public bool Validate(string token) => validate(token);
}
