namespace Ugc.Bench.Storage;

/// <summary>A stream event of the storage benchmarks; <paramref name="AppendedAt"/> is the Stopwatch timestamp taken before the append.</summary>
public sealed record BenchEvent(int Producer, long AppendedAt, string Text);
