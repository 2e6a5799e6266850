namespace Ugc.Actors.Persistence;

/// <summary>The state of one grain as a storage provider reads and writes it.</summary>
public interface IGrainState<T>
{
    /// <summary>The state object.</summary>
    T State { get; set; }

    /// <summary>The version token of the stored record; null when nothing is stored.</summary>
    string? ETag { get; set; }

    /// <summary>Whether a record exists in storage.</summary>
    bool RecordExists { get; set; }
}
