using Microsoft.Extensions.Logging;
using Ugc.Contracts.Moderation;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Moderation;

/// <summary>
/// The human moderation queue of one client: oldest first, one entry per content. A change stores only itself, in the
/// queue's journal (<see cref="StateJournal{TChange}"/>), so queuing and deciding cost the same however long the queue
/// is; the whole queue is stored once the journal is full and at deactivation. A failed write leaves memory as storage
/// holds it (re-read, or the activation ends), so a retried call makes its change again.
/// </summary>
public sealed partial class ModerationQueueGrain(
    [PersistentState("moderation-queue")] IPersistentState<ModerationQueueState> state, ILogger<ModerationQueueGrain> logger) : Grain, IModerationQueueGrain
{
    private StateJournal<QueueChange>? _journal;
    private bool _ending;

    private List<QueuedContent> Items => state.State.Items;

    private StateJournal<QueueChange> Journal => _journal ??= new StateJournal<QueueChange>(this, "moderation-queue");

    public override Task OnActivateAsync(CancellationToken cancellationToken) => ReplayAsync();

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // As products do: so the next activation reads one state, but not while the silo shuts down.
        if (!_ending && reason.ReasonCode != DeactivationReasonCode.ShuttingDown && _journal is { WorthSnapshot: true })
        {
            try
            {
                await Journal.SnapshotAsync(state);
            }
            catch (Exception ex)
            {
                LogSnapshotAtDeactivationFailed(logger, ex, this.GetPrimaryKeyString(), _journal.Count);
            }
        }
    }

    public async Task EnqueueAsync(QueuedContent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ThrowIfEnding();
        if (Enqueue(item))
        {
            await StoreAsync(QueueChange.Enqueue(item));
        }
    }

    public async Task RemoveAsync(string contentId)
    {
        ThrowIfEnding();
        if (Items.RemoveAll(i => i.ContentId == contentId) > 0)
        {
            await StoreAsync(QueueChange.Remove(contentId));
        }
    }

    public Task<IReadOnlyList<QueuedContent>> GetAsync() => Task.FromResult<IReadOnlyList<QueuedContent>>([.. Items]);

    /// <summary>Applies a queuing to memory; false when it changes nothing.</summary>
    private bool Enqueue(QueuedContent item)
    {
        var index = Items.FindIndex(i => i.ContentId == item.ContentId);
        if (index >= 0)
        {
            // Already waiting: it keeps its place. Held content supersedes a quality sample of the same content,
            // since a human must now decide before it may stay published.
            var existing = Items[index];
            if (!existing.Sampled || item.Sampled)
            {
                return false;
            }

            Items[index] = item with { QueuedAt = existing.QueuedAt };
            return true;
        }

        // Items usually arrive in time order; one that raced in late still takes its place by time.
        var position = Items.FindLastIndex(i => i.QueuedAt <= item.QueuedAt) + 1;
        Items.Insert(position, item);
        return true;
    }

    private async Task StoreAsync(QueueChange change)
    {
        try
        {
            if (Journal.NeedsSnapshot)
            {
                await Journal.SnapshotAsync(state);
            }
            else
            {
                await Journal.AppendAsync([change]);
            }
        }
        catch
        {
            try
            {
                await state.ReadStateAsync();
                _journal = null;
                await ReplayAsync();
            }
            catch
            {
                // Memory may now hold less than storage: no change may be made from it before the activation ends.
                _ending = true;
                DeactivateOnIdle();
            }

            throw;
        }
    }

    private void ThrowIfEnding()
    {
        if (_ending)
        {
            throw new InvalidOperationException($"The moderation queue of {this.GetPrimaryKeyString()} could not re-read its storage and is ending; try again.");
        }
    }

    private async Task ReplayAsync()
    {
        foreach (var change in await Journal.ReadAsync(state.State.JournalFrom))
        {
            if (change.Enqueued is { } item)
            {
                Enqueue(item);
            }
            else if (change.RemovedId is { } id)
            {
                Items.RemoveAll(i => i.ContentId == id);
            }
        }
    }

    [LoggerMessage(EventId = 2321, Level = LogLevel.Warning, Message = "Moderation queue {Client} could not store its whole state at deactivation; its next activation applies the {Entries} journal entries instead")]
    private static partial void LogSnapshotAtDeactivationFailed(ILogger logger, Exception exception, string client, int entries);
}
