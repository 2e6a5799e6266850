namespace Ugc.Actors.Persistence;

/// <summary>A plain holder of a grain's state, ETag and existence flag.</summary>
public sealed class GrainState<T>(T state) : IGrainState<T>
{
    public T State { get; set; } = state;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
