namespace Ugc.Silo.Dashboard;

/// <summary>The latest sample with the totals that only the current value of matters for.</summary>
public sealed record DashboardSnapshot(DashboardSample Sample, IReadOnlyDictionary<string, long> DecisionTotals, long PublishedMeasured);
