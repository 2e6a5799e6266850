using Ugc.Contracts.Moderation;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Moderation;

/// <summary>The human moderation queue of one client: oldest first, one entry per content.</summary>
public sealed class ModerationQueueGrain(
    [PersistentState("moderation-queue")] IPersistentState<ModerationQueueState> state) : Grain, IModerationQueueGrain
{
    private List<QueuedContent> Items => state.State.Items;

    public async Task EnqueueAsync(QueuedContent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var index = Items.FindIndex(i => i.ContentId == item.ContentId);
        if (index >= 0)
        {
            // Already waiting: it keeps its place. Held content supersedes a quality sample of the same content,
            // since a human must now decide before it may stay published.
            var existing = Items[index];
            if (!existing.Sampled || item.Sampled)
            {
                return;
            }

            Items[index] = item with { QueuedAt = existing.QueuedAt };
        }
        else
        {
            // Items usually arrive in time order; one that raced in late still takes its place by time.
            var position = Items.FindLastIndex(i => i.QueuedAt <= item.QueuedAt) + 1;
            Items.Insert(position, item);
        }

        await state.WriteOrReloadAsync(this);
    }

    public async Task RemoveAsync(string contentId)
    {
        if (Items.RemoveAll(i => i.ContentId == contentId) > 0)
        {
            await state.WriteOrReloadAsync(this);
        }
    }

    public Task<IReadOnlyList<QueuedContent>> GetAsync() => Task.FromResult<IReadOnlyList<QueuedContent>>([.. Items]);
}
