using Ugc.Contracts.Clients;

namespace Ugc.Silo.Admin;

/// <summary>Who calls the admin API: the operator (every tenant), or a client key (its own tenant only).</summary>
public sealed record AdminCaller(string? ClientId, IReadOnlyList<string> Scopes)
{
    private static readonly object s_itemKey = new();

    public bool IsOperator => ClientId is null;

    public static AdminCaller Operator { get; } = new(null, ApiScopes.All);

    public static AdminCaller Get(HttpContext context) =>
        context.Items[s_itemKey] as AdminCaller ?? throw new InvalidOperationException("The admin filter did not run for this endpoint.");

    /// <summary>Throws <see cref="ForbiddenException"/> unless the caller may act for <paramref name="clientId"/>.</summary>
    public void EnsureTenant(string clientId)
    {
        if (!IsOperator && !string.Equals(ClientId, clientId, StringComparison.Ordinal))
        {
            throw new ForbiddenException($"This key reaches tenant '{ClientId}' only.");
        }
    }

    public void EnsureOperator()
    {
        if (!IsOperator)
        {
            throw new ForbiddenException("Only the operator may do this.");
        }
    }

    internal void Attach(HttpContext context) => context.Items[s_itemKey] = this;
}
