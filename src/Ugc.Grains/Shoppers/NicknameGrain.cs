using Microsoft.Extensions.DependencyInjection;
using Ugc.Contracts.Shoppers;

namespace Ugc.Grains.Shoppers;

/// <summary>One nickname within a client: the first user to claim it holds it; the same user may claim it again.</summary>
public sealed class NicknameGrain(
    [PersistentState("nickname")] IPersistentState<NicknameState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, INicknameGrain
{
    public async Task<bool> ClaimAsync(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (state.State.UserId is { } holder)
        {
            return string.Equals(holder, userId, StringComparison.Ordinal);
        }

        state.State.UserId = userId;
        state.State.ClaimedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        return true;
    }

    public Task<string?> GetHolderAsync() => Task.FromResult(state.State.UserId);
}
