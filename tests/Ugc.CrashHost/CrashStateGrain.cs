using Ugc.Actors.Persistence;

namespace Ugc.CrashHost;

public sealed class CrashStateGrain([PersistentState("value", CrashSilo.StorageName)] IPersistentState<CrashState> state) : Grain, ICrashStateGrain
{
    public async Task WriteAsync(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task<int> ReadAsync() => Task.FromResult(state.State.Value);
}

/// <summary>State of <see cref="CrashStateGrain"/>.</summary>
public sealed class CrashState
{
    public int Value { get; set; }
}
