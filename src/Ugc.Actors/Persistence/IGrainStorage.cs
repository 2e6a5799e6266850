namespace Ugc.Actors.Persistence;

/// <summary>
/// A named storage provider for grain state. Writes and clears are ETag-checked: a write whose ETag is not the
/// stored one throws <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the state into <paramref name="grainState"/>; leaves the default state and a null ETag when none is stored.</summary>
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Writes the state if the stored ETag equals <see cref="IGrainState{T}.ETag"/>, then sets the new ETag.</summary>
    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    /// <summary>Removes the stored state (ETag-checked) and resets the ETag.</summary>
    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);
}
