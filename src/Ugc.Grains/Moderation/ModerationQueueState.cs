using Ugc.Contracts.Moderation;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Moderation;

/// <summary>
/// The persisted state of a <see cref="ModerationQueueGrain"/>, stored whole now and then; the changes in between are
/// stored as <see cref="QueueChange"/>s in the queue's journal.
/// </summary>
[GenerateSerializer, Alias("ugc.state.moderation-queue-state")]
public sealed class ModerationQueueState : IJournaledState
{
    /// <summary>Queued content, oldest first, one entry per content id.</summary>
    [Id(0)]
    public List<QueuedContent> Items { get; set; } = [];

    /// <summary>Where the queue's journal goes on after this state: its entries from this position on are applied at activation.</summary>
    [Id(1)]
    public long JournalFrom { get; set; }
}
