namespace Ugc.Silo.Gateway;

/// <summary>
/// Keeps the first hash any silo proposes. One activation in the cluster serializes the proposals, so silos starting
/// together agree on one token and only the silo whose token won prints it.
/// </summary>
public sealed class OperatorTokenGrain(
    [PersistentState("operator-token")] IPersistentState<OperatorTokenState> state) : Grain, IOperatorTokenGrain
{
    public async Task<byte[]> EnsureAsync(byte[] candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (state.State.Hash is { Length: > 0 } stored)
        {
            return stored;
        }

        state.State.Hash = candidate;
        await state.WriteStateAsync();
        return candidate;
    }
}
