namespace Ugc.Storage.Tests.Grains;

public sealed class StateGrain([PersistentState("state")] IPersistentState<StateRecord> state) : Grain, IStateGrain
{
    public async Task SetAsync(string value)
    {
        state.State.Value = value;
        state.State.Writes++;
        await state.WriteStateAsync();
    }

    public Task<StateRecord> GetAsync() => Task.FromResult(state.State);
}
