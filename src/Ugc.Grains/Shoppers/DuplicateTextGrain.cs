using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Shoppers;
using Ugc.Grains.Moderation;
using Ugc.Grains.Options;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Shoppers;

/// <summary>
/// The text fingerprints of one shard of a client (<see cref="IDuplicateTextGrain"/>): one grain holds many, so a new
/// text is checked in memory instead of activating a grain (and reading storage) of its own. Claims are written
/// behind (<see cref="SubmissionPipelineOptions.BookkeepingDelay"/>); fingerprints older than the window asked for are
/// dropped as it goes.
/// </summary>
public sealed class DuplicateTextGrain(
    [PersistentState("duplicate-text")] IPersistentState<DuplicateTextState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time,
    IOptions<SubmissionPipelineOptions> options) : Grain, IDuplicateTextGrain
{
    /// <summary>Shards per client.</summary>
    public const int Shards = 32;

    private DeferredStateWriter? _writer;
    private DateTimeOffset _pruned;

    private DeferredStateWriter Writer => _writer ??= new DeferredStateWriter(this, state, options.Value.BookkeepingDelay);

    /// <summary>The grain key of a fingerprint's shard.</summary>
    public static string Key(string clientId, ulong fingerprint) => $"{clientId}/{fingerprint % Shards:D2}";

    public Task<bool> TryClaimAsync(ulong fingerprint, TimeSpan window, string contentId)
    {
        var now = time.GetUtcNow();
        var claimed = state.State.Claimed;
        var claimant = Fnv1a64.Hash(contentId);
        if (claimed.TryGetValue(fingerprint, out var at) && now - at < window)
        {
            // A check sent again (a call retried as a silo left) must not find its own claim a duplicate.
            return Task.FromResult(state.State.ClaimedBy.GetValueOrDefault(fingerprint) == claimant);
        }

        claimed[fingerprint] = now;
        state.State.ClaimedBy[fingerprint] = claimant;
        if (now - _pruned > TimeSpan.FromHours(1))
        {
            _pruned = now;
            foreach (var (old, when) in claimed.Where(c => now - c.Value >= window).ToList())
            {
                claimed.Remove(old);
                state.State.ClaimedBy.Remove(old);
            }
        }

        Writer.Changed();
        return Task.FromResult(true);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Writer.FlushAsync();
}
