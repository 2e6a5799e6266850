using Ugc.Contracts.Operations;

namespace Ugc.Grains.Operations;

/// <summary>The generated operator token's hash, stored once for the whole service (<see cref="IOperatorTokenGrain"/>).</summary>
public sealed class OperatorTokenGrain([PersistentState("operator-token")] IPersistentState<OperatorTokenState> state) : Grain, IOperatorTokenGrain
{
    public async Task<string> EnsureHashAsync(string candidateHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateHash);
        if (state.State.Hash is { Length: > 0 } stored)
        {
            return stored;
        }

        state.State.Hash = candidateHash;
        await state.WriteStateAsync();
        return candidateHash;
    }
}
