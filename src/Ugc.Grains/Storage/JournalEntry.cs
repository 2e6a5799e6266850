namespace Ugc.Grains.Storage;

/// <summary>One stored entry of a <see cref="StateJournal{TChange}"/>: the changes of one write, in the order they were made.</summary>
[GenerateSerializer, Alias("ugc.state.journal-entry`1")]
public sealed class JournalEntry<TChange>
{
    /// <summary>The entry's position: one more than the entry before it.</summary>
    [Id(0)]
    public long Sequence { get; set; }

    [Id(1)]
    public List<TChange> Changes { get; set; } = [];
}
