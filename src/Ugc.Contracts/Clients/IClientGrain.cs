namespace Ugc.Contracts.Clients;

/// <summary>A brand or retailer: its keys, moderation profile, limits, syndication edges and catalog index. Key: client id.</summary>
public interface IClientGrain : IGrainWithStringKey
{
    /// <summary>Creates the client; <see cref="ConflictException"/> if it exists.</summary>
    Task<ClientDetails> CreateAsync(ClientProfile profile);

    /// <summary>The client, or null when it does not exist.</summary>
    [ReadOnly]
    Task<ClientDetails?> GetAsync();

    /// <summary>Changes name, locales or limits.</summary>
    Task<ClientDetails> UpdateAsync(ClientUpdate update);

    /// <summary>Replaces the moderation profile.</summary>
    Task SetModerationAsync(ModerationSettings settings);

    /// <summary>The moderation profile and limits the pipeline applies.</summary>
    [ReadOnly]
    Task<(ModerationSettings Moderation, VelocityLimits Limits, ClientKind Kind)> GetRulesAsync();

    /// <summary>Issues a key with the given scopes; the plain key is returned only here.</summary>
    Task<IssuedApiKey> IssueKeyAsync(IReadOnlyList<string> scopes);

    /// <summary>Revokes a key at once.</summary>
    Task RevokeKeyAsync(string keyId);

    /// <summary>The owner and scopes of a key, or null when it is unknown or revoked.</summary>
    [ReadOnly]
    Task<KeyValidation?> ValidateKeyAsync(string key);

    /// <summary>Records a product of this client's catalog (for edge backfill and removal).</summary>
    Task AddProductsAsync(IReadOnlyList<string> productIds);

    /// <summary>Product ids of the catalog.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetProductIdsAsync();

    /// <summary>Adds an outgoing edge (this client is the brand) and backfills the retailer.</summary>
    Task AddOutgoingEdgeAsync(SyndicationEdge edge);

    /// <summary>Removes an outgoing edge and the content it syndicated.</summary>
    Task RemoveOutgoingEdgeAsync(string to);

    /// <summary>Records an incoming edge (this client is the retailer).</summary>
    Task SetIncomingEdgeAsync(SyndicationEdge edge, bool present);

    /// <summary>Counts an event in the client's daily activity (submissions, approvals, rejections, page views).</summary>
    [AlwaysInterleave]
    Task CountAsync(string counter, DateOnly day, long amount);

    /// <summary>Daily activity counters, most recent days first.</summary>
    [ReadOnly]
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, long>>> GetActivityAsync();
}

/// <summary>Every client id of the service, so operators can list tenants. Key: "all".</summary>
public interface IClientDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Records a client (idempotent).</summary>
    Task AddAsync(string clientId);

    /// <summary>Every client id, in order.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> GetAsync();
}
