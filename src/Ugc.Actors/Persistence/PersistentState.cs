namespace Ugc.Actors.Persistence;

/// <summary>The runtime's <see cref="IPersistentState{TState}"/>: a grain state bound to its storage provider and key.</summary>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage)
    : IPersistentState<TState>, IPersistentStateLoader
{
    private readonly GrainState<TState> _state = new(GrainStorageSerializer.CreateDefault<TState>());

    public TState State
    {
        get => _state.State;
        set => _state.State = value;
    }

    public string? Etag => _state.ETag;

    public bool RecordExists => _state.RecordExists;

    public Task ReadStateAsync() => storage.ReadStateAsync(stateName, grainId, _state);

    public Task WriteStateAsync() => storage.WriteStateAsync(stateName, grainId, _state);

    public async Task ClearStateAsync()
    {
        await storage.ClearStateAsync(stateName, grainId, _state);
        _state.State = GrainStorageSerializer.CreateDefault<TState>();
    }

    Task IPersistentStateLoader.LoadAsync() => ReadStateAsync();
}
