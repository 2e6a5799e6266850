namespace Ugc.Bench;

/// <summary>One measured round of <see cref="ActivationMemoryBenchmarks"/>: per activation and per review.</summary>
internal sealed record MemoryRound(double PerActivation, double PerReview, double TextCharacters, double DisplayBytes, double StoredBytes);
