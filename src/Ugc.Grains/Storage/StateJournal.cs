using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace Ugc.Grains.Storage;

/// <summary>
/// The changes made to a large grain state since it was last stored whole: each write stores only its own changes,
/// as one entry in a ring of <see cref="Capacity"/> slots (each a state of its own in the grain's storage), so the
/// cost of a write no longer grows with the state. The grain stores its state whole (a snapshot, which records the
/// position the journal goes on from) once the journal is full, and at activation applies what the journal holds
/// after that position. An entry whose write failed may or may not be stored, so it takes its position with it:
/// the grain must then store a snapshot before journaling again (<see cref="NeedsSnapshot"/>). Used from grain turns only.
/// </summary>
public sealed class StateJournal<TChange>(IGrainStorage storage, GrainId grainId, string stateName, int capacity = 32)
{
    /// <summary>The journal of <paramref name="grain"/>'s state <paramref name="stateName"/>, in the silo's default grain storage (where that state is).</summary>
    public StateJournal(IGrainBase grain, string stateName)
        : this(grain.GrainContext.ActivationServices.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME),
            grain.GrainContext.GrainId, stateName)
    {
    }

    private readonly GrainState<JournalEntry<TChange>>?[] _slots = new GrainState<JournalEntry<TChange>>?[capacity];
    private long _from;

    /// <summary>Slots in the ring: the most entries between two snapshots.</summary>
    public int Capacity => capacity;

    /// <summary>The position the next entry takes.</summary>
    public long Next { get; private set; }

    /// <summary>Entries stored since the last snapshot.</summary>
    public int Count => (int)(Next - _from);

    /// <summary>Whether the next write must be a snapshot: the journal is full, or an entry's write failed.</summary>
    public bool NeedsSnapshot { get; private set; }

    /// <summary>Whether a snapshot now would let the next activation read one state instead of journal entries.</summary>
    public bool WorthSnapshot => Count > 0 || NeedsSnapshot;

    /// <summary>
    /// The changes stored after a snapshot that recorded <paramref name="from"/>, in the order they were made: read at
    /// activation, before anything is journaled.
    /// </summary>
    public async Task<IReadOnlyList<TChange>> ReadAsync(long from)
    {
        _from = Next = from;
        var entries = new List<JournalEntry<TChange>>();
        while (entries.Count < capacity)
        {
            var slot = await SlotAsync(Next);
            if (!slot.RecordExists || slot.State is not { } entry || entry.Sequence != Next)
            {
                break;
            }

            entries.Add(entry);
            Next++;
        }

        NeedsSnapshot = entries.Count == capacity;
        return [.. entries.SelectMany(e => e.Changes)];
    }

    /// <summary>Stores <paramref name="changes"/> as the entry at <see cref="Next"/>.</summary>
    public async Task AppendAsync(List<TChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (NeedsSnapshot)
        {
            throw new InvalidOperationException($"Entry {Next} cannot be journaled before a snapshot.");
        }

        var index = Index(Next);
        try
        {
            var slot = await SlotAsync(Next);
            slot.State = new JournalEntry<TChange> { Sequence = Next, Changes = changes };
            await storage.WriteStateAsync(SlotName(index), grainId, slot);
        }
        catch
        {
            // Stored or not, the entry keeps its position (its slot's version is unknown until read again), and the
            // grain's memory holds changes no entry may hold: the next write stores the whole state.
            _slots[index] = null;
            Next++;
            NeedsSnapshot = true;
            throw;
        }

        Next++;
        NeedsSnapshot = Count >= capacity;
    }

    /// <summary>A change was made that no entry holds (a snapshot's write failed): the next write must be a snapshot.</summary>
    public void RequireSnapshot() => NeedsSnapshot = true;

    /// <summary>
    /// Stores <paramref name="state"/> whole, recording that it holds everything before <see cref="Next"/>; the journal
    /// starts over there. If the write fails, what the state held beyond the journal is in no entry, so the next
    /// write must be a snapshot again.
    /// </summary>
    public async Task SnapshotAsync<TState>(IPersistentState<TState> state)
        where TState : IJournaledState
    {
        ArgumentNullException.ThrowIfNull(state);
        state.State.JournalFrom = Next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            RequireSnapshot();
            throw;
        }

        Restart();
    }

    /// <summary>Called once a snapshot holding everything before <see cref="Next"/> is stored: the journal starts over there.</summary>
    public void Restart()
    {
        _from = Next;
        NeedsSnapshot = false;
    }

    private async Task<GrainState<JournalEntry<TChange>>> SlotAsync(long sequence)
    {
        var index = Index(sequence);
        if (_slots[index] is { } known)
        {
            return known;
        }

        var slot = new GrainState<JournalEntry<TChange>>();
        await storage.ReadStateAsync(SlotName(index), grainId, slot);
        return _slots[index] = slot;
    }

    private int Index(long sequence) => (int)(sequence % capacity);

    private string SlotName(int index) => $"{stateName}.journal.{index:D2}";
}
