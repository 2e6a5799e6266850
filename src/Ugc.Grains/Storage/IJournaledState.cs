namespace Ugc.Grains.Storage;

/// <summary>A grain state stored whole now and then, with a <see cref="StateJournal{TChange}"/> of the changes in between.</summary>
public interface IJournaledState
{
    /// <summary>Where the journal goes on after this state: its entries from this position on are applied at activation.</summary>
    long JournalFrom { get; set; }
}
