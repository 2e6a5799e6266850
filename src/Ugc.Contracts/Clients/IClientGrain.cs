namespace Ugc.Contracts.Clients;

/// <summary>A brand or retailer: its keys, moderation profile, limits, syndication edges and catalog index. Key: client id.</summary>
[Alias("ugc.IClientGrain")]
public interface IClientGrain : IGrainWithStringKey
{
    /// <summary>Creates the client; <see cref="ConflictException"/> if it exists.</summary>
    [Alias("Create")]
    Task<ClientDetails> CreateAsync(ClientProfile profile);

    /// <summary>The client, or null when it does not exist.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<ClientDetails?> GetAsync();

    /// <summary>Changes name, locales, limits or submission settings.</summary>
    [Alias("Update")]
    Task<ClientDetails> UpdateAsync(ClientUpdate update);

    /// <summary>Replaces the moderation profile.</summary>
    [Alias("SetModeration")]
    Task SetModerationAsync(ModerationSettings settings);

    /// <summary>The moderation profile and limits the pipeline applies.</summary>
    [ReadOnly]
    [Alias("GetRules")]
    Task<(ModerationSettings Moderation, VelocityLimits Limits, ClientKind Kind)> GetRulesAsync();

    /// <summary>Issues a key with the given scopes; the plain key is returned only here.</summary>
    [Alias("IssueKey")]
    Task<IssuedApiKey> IssueKeyAsync(IReadOnlyList<string> scopes);

    /// <summary>Revokes a key at once.</summary>
    [Alias("RevokeKey")]
    Task RevokeKeyAsync(string keyId);

    /// <summary>The owner and scopes of a key, or null when it is unknown or revoked.</summary>
    [ReadOnly]
    [Alias("ValidateKey")]
    Task<KeyValidation?> ValidateKeyAsync(string key);

    /// <summary>Records products of this client's catalog (for listing, edge backfill and removal); product grains call it on upsert.</summary>
    [Alias("AddProducts")]
    Task AddProductsAsync(IReadOnlyList<string> productIds);

    /// <summary>Product ids of the catalog.</summary>
    [ReadOnly]
    [Alias("GetProductIds")]
    Task<IReadOnlyList<string>> GetProductIdsAsync();

    /// <summary>Adds an outgoing edge (this client is the brand) and backfills the retailer.</summary>
    [Alias("AddOutgoingEdge")]
    Task AddOutgoingEdgeAsync(SyndicationEdge edge);

    /// <summary>Removes an outgoing edge and the content it syndicated.</summary>
    [Alias("RemoveOutgoingEdge")]
    Task RemoveOutgoingEdgeAsync(string to);

    /// <summary>Records an incoming edge (this client is the retailer).</summary>
    [Alias("SetIncomingEdge")]
    Task SetIncomingEdgeAsync(SyndicationEdge edge, bool present);

    /// <summary>Daily activity counters, most recent days first (kept by <see cref="IClientActivityGrain"/>).</summary>
    [ReadOnly]
    [Alias("GetActivity")]
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, long>>> GetActivityAsync();
}

/// <summary>Every client id of the service, so operators can list tenants. Key: "all".</summary>
[Alias("ugc.IClientDirectoryGrain")]
public interface IClientDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a client (idempotent).</summary>
    [Alias("Add")]
    Task AddAsync(string clientId);

    /// <summary>Every client id, in order.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<IReadOnlyList<string>> GetAsync();
}
