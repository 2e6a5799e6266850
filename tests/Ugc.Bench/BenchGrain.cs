using Ugc.Actors;

namespace Ugc.Bench;

/// <summary>The grain twin of <see cref="ChannelActor"/>: the same work behind a grain call.</summary>
public interface IBenchGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int amount);
}

public sealed class BenchGrain : Grain, IBenchGrain
{
    private int _total;

    public Task<int> AddAsync(int amount) => Task.FromResult(_total += amount);
}
