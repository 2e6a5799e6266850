using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Ugc.Storage.Tests.Grains;
using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.State;

/// <summary>Grain state through our registration of storage <c>Default</c>, on every provider.</summary>
public abstract class GrainStateTests
{
    protected abstract Task<StorageBackend> CreateBackendAsync();

    [StorageFact]
    public async Task State_written_by_a_grain_reads_back_from_storage()
    {
        await using var backend = await CreateBackendAsync();
        await using var silo = await TestSilo.StartAsync(backend);
        var grain = silo.Grains.GetGrain<IStateGrain>("round-trip");
        await grain.SetAsync("first");
        await grain.SetAsync("second");

        var stored = new GrainState<StateRecord>();
        await Storage(silo).ReadStateAsync("state", grain.GetGrainId(), stored);

        Assert.True(stored.RecordExists, "storage has no record of the grain's state");
        Assert.Equal("second", stored.State!.Value);
        Assert.Equal(2, stored.State!.Writes);
        Assert.False(string.IsNullOrEmpty(stored.ETag), "the stored state has no ETag");
    }

    [StorageFact]
    public async Task A_stale_write_fails_with_InconsistentStateException()
    {
        await using var backend = await CreateBackendAsync();
        await using var silo = await TestSilo.StartAsync(backend);
        var storage = Storage(silo);
        var grainId = GrainId.Create("ugc-tests-stale", "k1");

        // Two writers that both read "no state": the first insert wins, the second must not overwrite it.
        var first = await ReadAsync(storage, grainId);
        var second = await ReadAsync(storage, grainId);
        first.State!.Value = "first";
        await storage.WriteStateAsync("state", grainId, first);
        second.State!.Value = "second";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", grainId, second));

        // Two writers that both read the same version: the first update wins.
        var third = await ReadAsync(storage, grainId);
        var fourth = await ReadAsync(storage, grainId);
        third.State!.Value = "third";
        await storage.WriteStateAsync("state", grainId, third);
        fourth.State!.Value = "fourth";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", grainId, fourth));

        var stored = await ReadAsync(storage, grainId);
        Assert.Equal("third", stored.State!.Value);
        Assert.Equal(third.ETag, stored.ETag);
    }

    private static IGrainStorage Storage(TestSilo silo) => silo.Services.GetRequiredKeyedService<IGrainStorage>("Default");

    private static async Task<GrainState<StateRecord>> ReadAsync(IGrainStorage storage, GrainId grainId)
    {
        var state = new GrainState<StateRecord>();
        await storage.ReadStateAsync("state", grainId, state);
        return state;
    }
}
