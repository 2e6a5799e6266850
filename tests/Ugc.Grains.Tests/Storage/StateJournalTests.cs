using System.Globalization;
using Orleans.Storage;
using Ugc.Grains.Catalog;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Tests.Storage;

/// <summary>
/// The journal gives back, after a snapshot's position, exactly the entries stored since, in order; never an entry
/// of an earlier lap of its ring, nor one whose place a failed write took; and it asks for a snapshot when full or
/// after a failed write.
/// </summary>
public sealed class StateJournalTests
{
    private static readonly GrainId Grain = GrainId.Create("product", "shop/kettle");

    [Fact]
    public async Task Entries_stored_since_a_snapshot_are_read_back_in_order_by_the_next_activation()
    {
        var storage = new VersionedStorage();
        var journal = await OpenAsync(storage, from: 0, capacity: 8);
        for (var i = 0; i < 5; i++)
        {
            await journal.AppendAsync(Change($"r{i}"));
        }

        var reopened = new StateJournal<ProductChange>(storage, Grain, "product", 8);
        var entries = await reopened.ReadAsync(0);

        Assert.Equal(["r0", "r1", "r2", "r3", "r4"], entries.Select(c => c.RemovedId));
        Assert.Equal(5, reopened.Next);
        Assert.False(reopened.NeedsSnapshot);
        Assert.Equal(5, storage.Writes);
    }

    [Fact]
    public async Task A_full_journal_asks_for_a_snapshot_and_after_it_the_ring_is_reused_without_old_entries_coming_back()
    {
        var storage = new VersionedStorage();
        var journal = await OpenAsync(storage, from: 0, capacity: 4);
        for (var i = 0; i < 4; i++)
        {
            await journal.AppendAsync(Change($"first-{i}"));
        }

        Assert.True(journal.NeedsSnapshot);
        await Assert.ThrowsAsync<InvalidOperationException>(() => journal.AppendAsync(Change("too many")));

        // The grain stores its snapshot (recording position 4), then journals on into the reused slots.
        journal.Restart();
        await journal.AppendAsync(Change("second-0"));
        await journal.AppendAsync(Change("second-1"));

        var reopened = new StateJournal<ProductChange>(storage, Grain, "product", 4);
        var entries = await reopened.ReadAsync(4);
        Assert.Equal(["second-0", "second-1"], entries.Select(c => c.RemovedId));
        Assert.Equal(6, reopened.Next);
    }

    [Fact]
    public async Task A_failed_write_keeps_its_position_and_asks_for_a_snapshot_so_no_later_entry_depends_on_it()
    {
        var storage = new VersionedStorage();
        var journal = await OpenAsync(storage, from: 0, capacity: 8);
        await journal.AppendAsync(Change("stored"));

        storage.Failing = true;
        await Assert.ThrowsAsync<IOException>(() => journal.AppendAsync(Change("lost")));
        storage.Failing = false;

        Assert.Equal(2, journal.Next);
        Assert.True(journal.NeedsSnapshot);
        await Assert.ThrowsAsync<InvalidOperationException>(() => journal.AppendAsync(Change("after")));

        // After the snapshot (position 2) the slot of the failed entry is written again: its version is read first.
        journal.Restart();
        for (var i = 0; i < 7; i++)
        {
            await journal.AppendAsync(Change($"later-{i}"));
        }

        var reopened = new StateJournal<ProductChange>(storage, Grain, "product", 8);
        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"later-{i}"), (await reopened.ReadAsync(2)).Select(c => c.RemovedId));
    }

    [Fact]
    public async Task A_write_that_failed_after_storing_is_not_read_back_once_a_snapshot_moved_past_it()
    {
        var storage = new VersionedStorage();
        var journal = await OpenAsync(storage, from: 0, capacity: 8);
        storage.FailAfterStoring = true;
        await Assert.ThrowsAsync<IOException>(() => journal.AppendAsync(Change("stored but failed")));
        storage.FailAfterStoring = false;
        journal.Restart();

        var reopened = new StateJournal<ProductChange>(storage, Grain, "product", 8);

        Assert.Empty(await reopened.ReadAsync(journal.Next));
        Assert.Single(await new StateJournal<ProductChange>(storage, Grain, "product", 8).ReadAsync(0));
    }

    private static async Task<StateJournal<ProductChange>> OpenAsync(IGrainStorage storage, long from, int capacity)
    {
        var journal = new StateJournal<ProductChange>(storage, Grain, "product", capacity);
        Assert.Empty(await journal.ReadAsync(from));
        return journal;
    }

    private static List<ProductChange> Change(string removedId) => [ProductChange.Remove(removedId)];

    /// <summary>Storage with a version per state, refusing a write whose version is not the stored one, as the real providers do.</summary>
    private sealed class VersionedStorage : IGrainStorage
    {
        private readonly Dictionary<(string, GrainId), (object State, int Version)> _stored = [];

        public bool Failing { get; set; }

        public bool FailAfterStoring { get; set; }

        public int Writes { get; private set; }

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (_stored.TryGetValue((stateName, grainId), out var stored))
            {
                grainState.State = (T)stored.State;
                grainState.ETag = stored.Version.ToString(CultureInfo.InvariantCulture);
                grainState.RecordExists = true;
            }
            else
            {
                grainState.State = default!;
                grainState.ETag = null;
                grainState.RecordExists = false;
            }

            return Task.CompletedTask;
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (Failing)
            {
                throw new IOException("The storage is down.");
            }

            var version = _stored.TryGetValue((stateName, grainId), out var stored) ? stored.Version : (int?)null;
            if (grainState.ETag != version?.ToString(CultureInfo.InvariantCulture))
            {
                throw new InconsistentStateException($"Version {grainState.ETag} is not the stored {version}.");
            }

            _stored[(stateName, grainId)] = (grainState.State!, (version ?? 0) + 1);
            Writes++;
            if (FailAfterStoring)
            {
                throw new IOException("The connection was lost after the write.");
            }

            grainState.ETag = ((version ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => throw new NotSupportedException();
    }
}
