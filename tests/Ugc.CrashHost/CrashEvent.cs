namespace Ugc.CrashHost;

/// <summary>One numbered event; numbers are unique within a run of the producer.</summary>
public sealed record CrashEvent(int Number);
