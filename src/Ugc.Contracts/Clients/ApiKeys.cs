namespace Ugc.Contracts.Clients;

/// <summary>What an API key may do.</summary>
public static class ApiScopes
{
    public const string Display = "display";
    public const string Submit = "submit";
    public const string Respond = "respond";
    public const string Admin = "admin";

    /// <summary>Sends transaction records for review solicitation (<c>POST /data/transactions</c>).</summary>
    public const string Transactions = "transactions";

    public static IReadOnlyList<string> All { get; } = [Display, Submit, Respond, Admin, Transactions];
}

/// <summary>A newly issued key: the plain key is shown only here; the client keeps only its hash.</summary>
[GenerateSerializer, Immutable, Alias("ugc.issued-api-key")]
public sealed record IssuedApiKey(
    [property: Id(0)] string Id,
    [property: Id(1)] string Key,
    [property: Id(2)] IReadOnlyList<string> Scopes);

/// <summary>A key as listed to operators (never the key itself).</summary>
[GenerateSerializer, Immutable, Alias("ugc.api-key-info")]
public sealed record ApiKeyInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] IReadOnlyList<string> Scopes,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset? RevokedAt);

/// <summary>A valid key's owner and scopes.</summary>
[GenerateSerializer, Immutable, Alias("ugc.key-validation")]
public sealed record KeyValidation(
    [property: Id(0)] string ClientId,
    [property: Id(1)] string KeyId,
    [property: Id(2)] IReadOnlyList<string> Scopes)
{
    public bool Allows(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
