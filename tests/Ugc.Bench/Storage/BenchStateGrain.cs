using Ugc.Actors;
using Ugc.Actors.Persistence;

namespace Ugc.Bench.Storage;

public interface IBenchStateGrain : IGrainWithStringKey
{
    /// <summary>Changes the state and writes it.</summary>
    Task WriteAsync(int value);
}

/// <summary>A grain whose every call is one durable state write.</summary>
public sealed class BenchStateGrain([PersistentState("bench", StorageBenchSilo.StorageName)] IPersistentState<BenchState> state) : Grain, IBenchStateGrain
{
    public async Task WriteAsync(int value)
    {
        state.State.Value = value;
        state.State.Note = "a review's worth of state: rating, counts and a short text";
        await state.WriteStateAsync();
    }
}

/// <summary>State of <see cref="BenchStateGrain"/>.</summary>
public sealed class BenchState
{
    public int Value { get; set; }

    public string Note { get; set; } = "";
}
