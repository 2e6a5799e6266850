namespace Ugc.Contracts.Operations;

/// <summary>
/// The operators' login sessions of the whole cluster, so a session opened on one silo is valid on every other. Holds
/// only SHA-256 hashes of the session ids the cookies carry. Key: "all".
/// </summary>
[Alias("ugc.IOperatorSessionsGrain")]
public interface IOperatorSessionsGrain : IGrainWithStringKey
{
    /// <summary>Opens a session until <paramref name="expiresAt"/>; expired sessions are pruned, the oldest dropped past the cap.</summary>
    [Alias("Open")]
    Task OpenAsync(string sessionHash, DateTimeOffset expiresAt, DateTimeOffset now);

    /// <summary>Whether the session is open at <paramref name="now"/>.</summary>
    [ReadOnly]
    [Alias("IsOpen")]
    Task<bool> IsOpenAsync(string sessionHash, DateTimeOffset now);

    /// <summary>Closes a session (logout); closing an unknown one does nothing.</summary>
    [Alias("Close")]
    Task CloseAsync(string sessionHash);
}
