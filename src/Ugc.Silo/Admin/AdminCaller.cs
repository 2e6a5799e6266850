using System.Security.Claims;
using Ugc.Contracts.Clients;
using Ugc.Silo.Operators;

namespace Ugc.Silo.Admin;

/// <summary>Who calls the admin API, read from the authenticated principal: the operator (every tenant), or a client key (its own tenant only).</summary>
public sealed record AdminCaller(string? ClientId, IReadOnlyList<string> Scopes)
{
    public bool IsOperator => ClientId is null;

    public static AdminCaller Operator { get; } = new(null, ApiScopes.All);

    /// <summary>The caller of a request the <see cref="UgcAuthentication.AdminPolicy"/> admitted.</summary>
    public static AdminCaller Get(HttpContext context) => From(context.User);

    public static AdminCaller From(ClaimsPrincipal user)
    {
        if (user.IsInRole(UgcAuthentication.OperatorRole))
        {
            return Operator;
        }

        return user.FindFirst(UgcAuthentication.Claims.Client)?.Value is { } clientId
            ? new AdminCaller(clientId, [.. user.FindAll(UgcAuthentication.Claims.Scope).Select(c => c.Value)])
            : throw new InvalidOperationException("The admin policy did not admit this request.");
    }

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
}
