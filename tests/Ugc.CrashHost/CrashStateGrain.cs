namespace Ugc.CrashHost;

public sealed class CrashStateGrain([PersistentState("value")] IPersistentState<CrashState> state) : Grain, ICrashStateGrain
{
    public async Task WriteAsync(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task<int> ReadAsync() => Task.FromResult(state.State.Value);
}
