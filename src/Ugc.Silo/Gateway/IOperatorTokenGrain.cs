namespace Ugc.Silo.Gateway;

/// <summary>
/// The cluster's one operator token hash, in grain storage: every silo of a cluster reads the same one, whichever
/// silo generated it.
/// </summary>
[Alias("ugc.IOperatorTokenGrain")]
public interface IOperatorTokenGrain : IGrainWithStringKey
{
    /// <summary>Stores <paramref name="candidate"/> if no hash is stored yet; returns the stored hash (the candidate or an earlier one).</summary>
    [Alias("Ensure")]
    Task<byte[]> EnsureAsync(byte[] candidate);
}
