namespace Ugc.Bench.Solicitation;

/// <summary>A domain clock the benchmark sets, so scheduled orders fall due when it says.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
