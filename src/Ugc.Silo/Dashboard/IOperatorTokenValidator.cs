namespace Ugc.Silo.Dashboard;

/// <summary>Checks an operator token; the host supplies its own (its token is stored hashed).</summary>
public interface IOperatorTokenValidator
{
    /// <summary>True when <paramref name="token"/> is the operator token.</summary>
    bool Validate(string token);
}
