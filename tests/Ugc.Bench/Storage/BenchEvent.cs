namespace Ugc.Bench.Storage;

/// <summary>A stream event of the storage benchmarks; <paramref name="AppendedAt"/> is the Stopwatch timestamp taken before the append.</summary>
[GenerateSerializer, Immutable, Alias("bench.event")]
public sealed record BenchEvent([property: Id(0)] int Producer, [property: Id(1)] long AppendedAt, [property: Id(2)] string Text);
