using Ugc.Storage.Tests.Grains;
using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.State;

/// <summary>Grain state that must outlive the silo (sqlite, postgres).</summary>
public abstract class DurableGrainStateTests
{
    protected abstract Task<StorageBackend> CreateBackendAsync();

    [StorageFact]
    public async Task State_survives_a_silo_restart()
    {
        await using var backend = await CreateBackendAsync();
        await using (var first = await TestSilo.StartAsync(backend))
        {
            await first.Grains.GetGrain<IStateGrain>("restart").SetAsync("kept");
        }

        await using var second = await TestSilo.StartAsync(backend);
        var state = await second.Grains.GetGrain<IStateGrain>("restart").GetAsync();

        Assert.Equal("kept", state.Value);
        Assert.Equal(1, state.Writes);
    }
}
