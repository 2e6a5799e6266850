namespace Ugc.Contracts.Solicitation;

/// <summary>What intake decided about a batch, counted by <see cref="IntakeStatus"/>.</summary>
[GenerateSerializer, Immutable, Alias("ugc.intake-summary")]
public sealed record IntakeSummary(
    [property: Id(0)] int Scheduled,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] int Suppressed,
    [property: Id(3)] int Ineligible,
    [property: Id(4)] int Stale,
    [property: Id(5)] int Disabled)
{
    public static IntakeSummary Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public int Total => Scheduled + Duplicates + Suppressed + Ineligible + Stale + Disabled;

    public static IntakeSummary Of(IEnumerable<IntakeStatus> statuses)
    {
        var n = new int[6];
        foreach (var status in statuses)
        {
            n[(int)status]++;
        }

        return new(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    public IntakeSummary Add(IntakeSummary other) => new(
        Scheduled + other.Scheduled, Duplicates + other.Duplicates, Suppressed + other.Suppressed,
        Ineligible + other.Ineligible, Stale + other.Stale, Disabled + other.Disabled);
}
