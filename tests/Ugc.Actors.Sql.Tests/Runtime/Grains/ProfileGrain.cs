using Ugc.Actors.Persistence;

namespace Ugc.Actors.Sql.Tests.Runtime.Grains;

public sealed class ProfileGrain([PersistentState("profile", RuntimeConformance.StorageName)] IPersistentState<ProfileState> state) : Grain, IProfileGrain
{
    private readonly Guid _activation = Guid.NewGuid();

    public async Task SetAsync(string name, IReadOnlyList<string> tags)
    {
        state.State.Name = name;
        state.State.Tags = [.. tags];
        state.State.Version++;
        await state.WriteStateAsync();
    }

    public Task<ProfileSnapshot> GetAsync() => Task.FromResult(new ProfileSnapshot(state.State, state.Etag, state.RecordExists));

    public Task ClearAsync() => state.ClearStateAsync();

    public Task<Guid> ActivationAsync() => Task.FromResult(_activation);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
