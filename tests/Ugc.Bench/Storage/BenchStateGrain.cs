namespace Ugc.Bench.Storage;

[Alias("bench.IBenchStateGrain")]
public interface IBenchStateGrain : IGrainWithStringKey
{
    /// <summary>Changes the state and writes it.</summary>
    [Alias("Write")]
    Task WriteAsync(int value);
}

/// <summary>A grain whose every call is one durable state write.</summary>
public sealed class BenchStateGrain([PersistentState("bench")] IPersistentState<BenchState> state) : Grain, IBenchStateGrain
{
    public async Task WriteAsync(int value)
    {
        state.State.Value = value;
        state.State.Note = "a review's worth of state: rating, counts and a short text";
        await state.WriteStateAsync();
    }
}

/// <summary>State of <see cref="BenchStateGrain"/>.</summary>
[GenerateSerializer, Alias("bench.state")]
public sealed class BenchState
{
    [Id(0)]
    public int Value { get; set; }

    [Id(1)]
    public string Note { get; set; } = "";
}
