namespace Ugc.Actors.Persistence;

/// <summary>
/// A grain's durable state, injected with <see cref="PersistentStateAttribute"/> and loaded before
/// OnActivateAsync. Writes are ETag-checked against storage.
/// </summary>
public interface IPersistentState<TState>
{
    /// <summary>The state held in memory.</summary>
    TState State { get; set; }

    /// <summary>The version of the stored record; null if none is stored.</summary>
    string? Etag { get; }

    /// <summary>Whether a record exists in storage.</summary>
    bool RecordExists { get; }

    /// <summary>Reloads the state from storage.</summary>
    Task ReadStateAsync();

    /// <summary>Writes the state; throws <see cref="InconsistentStateException"/> if storage holds a newer version.</summary>
    Task WriteStateAsync();

    /// <summary>Deletes the stored state and resets <see cref="State"/> to its default.</summary>
    Task ClearStateAsync();
}
