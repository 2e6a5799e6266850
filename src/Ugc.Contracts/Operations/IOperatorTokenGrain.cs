namespace Ugc.Contracts.Operations;

/// <summary>
/// The SHA-256 hash of the generated operator token, shared by every silo of the service when no token is configured.
/// The first silo to start stores its candidate; later silos and restarts get the stored one. Key: "operator".
/// </summary>
[Alias("ugc.IOperatorTokenGrain")]
public interface IOperatorTokenGrain : IGrainWithStringKey
{
    /// <summary>The stored hash (hex), after storing <paramref name="candidateHash"/> if none was stored yet.</summary>
    [Alias("EnsureHash")]
    Task<string> EnsureHashAsync(string candidateHash);
}
