using System.Collections.Concurrent;
using System.Globalization;

namespace Ugc.Actors.Persistence;

/// <summary>
/// Grain storage in process memory, for tests and the in-process cluster. State is stored serialized, so a grain
/// never shares objects with storage, and writes are ETag-checked like the durable providers.
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string State, GrainId Grain), Entry> _entries = new();

    /// <summary>How many live records are stored.</summary>
    public int Count => _entries.Values.Count(e => e.Payload is not null);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_entries.TryGetValue((stateName, grainId), out var entry) && entry.Payload is not null)
        {
            grainState.State = GrainStorageSerializer.Deserialize<T>(entry.Payload);
            grainState.ETag = entry.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = GrainStorageSerializer.CreateDefault<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var next = Swap(stateName, grainId, grainState.ETag, GrainStorageSerializer.Serialize(grainState.State));
        grainState.ETag = next.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Swap(stateName, grainId, grainState.ETag, payload: null);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    // A cleared record stays as a tombstone that keeps its version, so versions never repeat and a stale ETag
    // from before the clear can never match a record written after it.
    private Entry Swap(string stateName, GrainId grainId, string? expectedEtag, byte[]? payload)
    {
        var key = (stateName, grainId);
        while (true)
        {
            _entries.TryGetValue(key, out var current);
            if (!string.Equals(current?.ETag, expectedEtag, StringComparison.Ordinal))
            {
                throw new InconsistentStateException($"Version conflict on the state '{stateName}' of {grainId}.", current?.ETag, expectedEtag);
            }

            var next = new Entry(payload, (current?.Version ?? 0) + 1);
            if (current is null ? _entries.TryAdd(key, next) : _entries.TryUpdate(key, next, current))
            {
                return next;
            }
        }
    }

    private sealed record Entry(byte[]? Payload, long Version)
    {
        /// <summary>The ETag callers hold: the version of a live record, none for a tombstone.</summary>
        public string? ETag => Payload is null ? null : Version.ToString(CultureInfo.InvariantCulture);
    }
}
