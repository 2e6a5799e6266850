namespace Ugc.Silo.Dashboard;

/// <summary>The latest sample with the tables that only the current value of matters for.</summary>
public sealed record DashboardSnapshot(
    DashboardSample Sample,
    string Silo,
    IReadOnlyList<SiloRow> Silos,
    IReadOnlyList<GrainTypeRow> GrainTypes,
    IReadOnlyList<MethodRow> Methods,
    IReadOnlyDictionary<string, long> DecisionTotals,
    long PublishedMeasured);
