namespace Ugc.Actors.Streams;

/// <summary>Identifies a stream: a namespace (what kind of events) and a key (whose events).</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    public static StreamId Create(string streamNamespace, string key) => new(streamNamespace, key);

    /// <summary>Which of <paramref name="queueCount"/> queues holds this stream: stable across silos and runs.</summary>
    public int QueueFor(int queueCount) => (int)(StableHashing.Combine(StableHashing.Hash(Namespace), StableHashing.Hash(Key)) % (ulong)queueCount);

    public override string ToString() => $"{Namespace}/{Key}";
}
