using Ugc.Actors.Persistence;
using Ugc.Actors.Sql.Tests.Infrastructure;

namespace Ugc.Actors.Sql.Tests.Storage;

/// <summary>What every <see cref="IGrainStorage"/> must do; one subclass per provider.</summary>
public abstract class GrainStorageConformance
{
    private const string StateName = "profile";

    private readonly GrainId _grain = new("test-grain", "key/" + Guid.NewGuid().ToString("N"));

    /// <summary>A storage whose rows are scoped to <paramref name="serviceId"/>; same id, same rows.</summary>
    protected abstract IGrainStorage CreateStorage(string serviceId);

    protected string ServiceId { get; } = "svc-" + Guid.NewGuid().ToString("N");

    private readonly Lazy<IGrainStorage> _storage;

    // Lazy and thread-safe: racing tests may touch it first from several threads.
    protected GrainStorageConformance() => _storage = new(() => CreateStorage(ServiceId));

    private IGrainStorage Storage => _storage.Value;

    [ConformanceFact]
    public async Task Reading_missing_state_gives_default_state_and_no_etag()
    {
        var state = NewState("stale", 9);
        state.ETag = "42";
        state.RecordExists = true;

        await Storage.ReadStateAsync(StateName, _grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal("", state.State.Name);
    }

    [ConformanceFact]
    public async Task Written_state_reads_back_with_the_same_etag()
    {
        var written = NewState("first", 3);
        written.State.Items.AddRange(["a", "b"]);
        written.State.Day = DayOfWeek.Friday;
        await Storage.WriteStateAsync(StateName, _grain, written);

        var read = await ReadAsync();

        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal("first", read.State.Name);
        Assert.Equal(3, read.State.Count);
        Assert.Equal(DayOfWeek.Friday, read.State.Day);
        Assert.Equal(["a", "b"], read.State.Items);
    }

    [ConformanceFact]
    public async Task Each_write_changes_the_etag()
    {
        var state = NewState("v1", 1);
        await Storage.WriteStateAsync(StateName, _grain, state);
        var first = state.ETag;
        state.State.Name = "v2";
        await Storage.WriteStateAsync(StateName, _grain, state);

        Assert.NotEqual(first, state.ETag);
        Assert.Equal("v2", (await ReadAsync()).State.Name);
    }

    [ConformanceFact]
    public async Task Stale_write_throws_and_changes_nothing()
    {
        var current = NewState("v1", 1);
        await Storage.WriteStateAsync(StateName, _grain, current);
        var stale = NewState("stale", 100);
        stale.ETag = current.ETag;
        current.State.Name = "v2";
        await Storage.WriteStateAsync(StateName, _grain, current);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, _grain, stale));

        var read = await ReadAsync();
        Assert.Equal("v2", read.State.Name);
        Assert.Equal(current.ETag, read.ETag);
        Assert.Equal(current.ETag, error.StoredEtag);
        Assert.Equal(stale.ETag, error.CurrentEtag);
    }

    [ConformanceFact]
    public async Task First_write_when_a_record_exists_throws()
    {
        await Storage.WriteStateAsync(StateName, _grain, NewState("winner", 1));

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, _grain, NewState("late", 2)));

        Assert.Equal("winner", (await ReadAsync()).State.Name);
    }

    [ConformanceFact]
    public async Task Write_with_an_unknown_etag_throws()
    {
        var state = NewState("x", 1);
        state.ETag = "not-a-version";

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, _grain, state));

        Assert.False((await ReadAsync()).RecordExists);
    }

    [ConformanceFact]
    public async Task Of_racing_writes_with_the_same_etag_exactly_one_wins()
    {
        var seed = NewState("seed", 0);
        await Storage.WriteStateAsync(StateName, _grain, seed);
        var writers = Enumerable.Range(1, 8).Select(i =>
        {
            var state = NewState("writer" + i, i);
            state.ETag = seed.ETag;
            return state;
        }).ToList();

        var outcomes = await Task.WhenAll(writers.Select(w => Task.Run(() => TryWriteAsync(w))));

        Assert.Equal(1, outcomes.Count(o => o));
        var winner = writers[Array.IndexOf(outcomes, true)];
        var read = await ReadAsync();
        Assert.Equal(winner.State.Name, read.State.Name);
        Assert.Equal(winner.ETag, read.ETag);
    }

    [ConformanceFact]
    public async Task Of_racing_first_writes_exactly_one_wins()
    {
        var writers = Enumerable.Range(1, 8).Select(i => NewState("writer" + i, i)).ToList();

        var outcomes = await Task.WhenAll(writers.Select(w => Task.Run(() => TryWriteAsync(w))));

        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Equal(writers[Array.IndexOf(outcomes, true)].State.Name, (await ReadAsync()).State.Name);
    }

    [ConformanceFact]
    public async Task Large_state_round_trips()
    {
        var state = NewState(new string('x', 1_200_000), 1);
        state.State.Items.AddRange(Enumerable.Range(0, 20_000).Select(i => "item-" + i));
        await Storage.WriteStateAsync(StateName, _grain, state);

        var read = await ReadAsync();

        Assert.Equal(1_200_000, read.State.Name.Length);
        Assert.Equal(20_000, read.State.Items.Count);
        Assert.Equal("item-19999", read.State.Items[^1]);
    }

    [ConformanceFact]
    public async Task Clear_removes_the_record_and_resets_the_etag()
    {
        var state = NewState("doomed", 1);
        await Storage.WriteStateAsync(StateName, _grain, state);

        await Storage.ClearStateAsync(StateName, _grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        var read = await ReadAsync();
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);

        // A cleared grain starts again with a first write.
        state.State = new TestState { Name = "reborn" };
        await Storage.WriteStateAsync(StateName, _grain, state);
        Assert.Equal("reborn", (await ReadAsync()).State.Name);
    }

    [ConformanceFact]
    public async Task Clear_with_a_stale_etag_throws_and_keeps_the_state()
    {
        var current = NewState("v1", 1);
        await Storage.WriteStateAsync(StateName, _grain, current);
        var stale = NewState("v1", 1);
        stale.ETag = current.ETag;
        current.State.Name = "v2";
        await Storage.WriteStateAsync(StateName, _grain, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, _grain, stale));

        Assert.Equal("v2", (await ReadAsync()).State.Name);
    }

    [ConformanceFact]
    public async Task An_etag_from_before_a_clear_never_matches_again()
    {
        var state = NewState("v1", 1);
        await Storage.WriteStateAsync(StateName, _grain, state);
        var old = state.ETag;
        await Storage.ClearStateAsync(StateName, _grain, state);
        await Storage.WriteStateAsync(StateName, _grain, NewState("after-clear", 2));
        var stale = NewState("stale", 3);
        stale.ETag = old;

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, _grain, stale));

        Assert.Equal("after-clear", (await ReadAsync()).State.Name);
    }

    [ConformanceFact]
    public async Task States_are_kept_apart_by_name_grain_and_service()
    {
        await Storage.WriteStateAsync(StateName, _grain, NewState("mine", 1));
        var otherStorage = CreateStorage("other-" + Guid.NewGuid().ToString("N"));

        var otherName = NewState("", 0);
        await Storage.ReadStateAsync("other-state", _grain, otherName);
        var otherGrain = NewState("", 0);
        await Storage.ReadStateAsync(StateName, _grain with { Type = "other-type" }, otherGrain);
        var otherService = NewState("", 0);
        await otherStorage.ReadStateAsync(StateName, _grain, otherService);

        Assert.False(otherName.RecordExists);
        Assert.False(otherGrain.RecordExists);
        Assert.False(otherService.RecordExists);
        Assert.Equal("mine", (await ReadAsync()).State.Name);
    }

    private static GrainState<TestState> NewState(string name, int count) => new(new TestState { Name = name, Count = count });

    private async Task<GrainState<TestState>> ReadAsync()
    {
        var state = NewState("unread", -1);
        await Storage.ReadStateAsync(StateName, _grain, state);
        return state;
    }

    private async Task<bool> TryWriteAsync(GrainState<TestState> state)
    {
        try
        {
            await Storage.WriteStateAsync(StateName, _grain, state);
            return true;
        }
        catch (InconsistentStateException)
        {
            return false;
        }
    }
}
