namespace Ugc.Contracts.Clients;

/// <summary>What an API key may do.</summary>
public static class ApiScopes
{
    public const string Display = "display";
    public const string Submit = "submit";
    public const string Respond = "respond";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Display, Submit, Respond, Admin];
}

/// <summary>A newly issued key: the plain key is shown only here; the client keeps only its hash.</summary>
public sealed record IssuedApiKey(string Id, string Key, IReadOnlyList<string> Scopes);

/// <summary>A key as listed to operators (never the key itself).</summary>
public sealed record ApiKeyInfo(string Id, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A valid key's owner and scopes.</summary>
public sealed record KeyValidation(string ClientId, string KeyId, IReadOnlyList<string> Scopes)
{
    public bool Allows(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
