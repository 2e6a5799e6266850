using Ugc.Grains.Storage;

namespace Ugc.Grains.Moderation;

/// <summary>A human moderation queue's journal entry: the change one write stored.</summary>
[GenerateSerializer, Alias("ugc.state.queue-changes")]
public sealed class QueueChanges : IJournalEntry
{
    [Id(0)]
    public long Sequence { get; set; }

    [Id(1)]
    public List<QueueChange> Changes { get; set; } = [];
}
