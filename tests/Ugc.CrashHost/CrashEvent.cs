namespace Ugc.CrashHost;

/// <summary>One numbered event; numbers are unique within a run of the producer.</summary>
[GenerateSerializer, Immutable, Alias("ugc.crash.event")]
public sealed record CrashEvent([property: Id(0)] int Number);
