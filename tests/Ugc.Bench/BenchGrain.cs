using Orleans.Placement;

namespace Ugc.Bench;

/// <summary>The grain twin of <see cref="ChannelActor"/>: the same work behind a grain call.</summary>
[Alias("bench.IBenchGrain")]
public interface IBenchGrain : IGrainWithStringKey
{
    [Alias("Add")]
    Task<int> AddAsync(int amount);
}

/// <summary>Placed on the calling silo, so the benchmark measures Orleans' local call path.</summary>
[PreferLocalPlacement]
public sealed class BenchGrain : Grain, IBenchGrain
{
    private int _total;

    public Task<int> AddAsync(int amount) => Task.FromResult(_total += amount);
}
