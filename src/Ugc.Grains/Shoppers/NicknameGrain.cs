using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Shoppers;
using Ugc.Grains.Options;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Shoppers;

/// <summary>
/// One nickname within a client: the first user to claim it holds it; the same user may claim it again. A claim
/// answers from memory and is written behind; <see cref="ConfirmAsync"/>, called when the claiming submission is
/// moderated, makes it durable (and finds out if a restart lost it to someone else meanwhile).
/// </summary>
[CollectionAgeLimit(Minutes = GrainLifetimes.SubmissionGrainMinutes)]
public sealed class NicknameGrain(
    [PersistentState("nickname")] IPersistentState<NicknameState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time,
    IOptions<SubmissionPipelineOptions> options) : Grain, INicknameGrain
{
    private DeferredStateWriter? _writer;

    private DeferredStateWriter Writer => _writer ??= new DeferredStateWriter(this, state, options.Value.BookkeepingDelay);

    public Task<bool> ClaimAsync(string userId) => Task.FromResult(Claim(userId));

    public async Task<bool> ConfirmAsync(string userId)
    {
        var holds = Claim(userId);
        await Writer.FlushAsync();
        return holds;
    }

    public Task<string?> GetHolderAsync() => Task.FromResult(state.State.UserId);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Writer.FlushAsync();

    private bool Claim(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (state.State.UserId is { } holder)
        {
            return string.Equals(holder, userId, StringComparison.Ordinal);
        }

        state.State.UserId = userId;
        state.State.ClaimedAt = time.GetUtcNow();
        Writer.Changed();
        return true;
    }
}
