namespace Ugc.Grains.Storage;

/// <summary>One stored entry of a <see cref="StateJournal{TEntry}"/>: the changes of one write, and its place in the journal.</summary>
public interface IJournalEntry
{
    /// <summary>The entry's position: one more than the entry before it.</summary>
    long Sequence { get; }
}
