namespace Ugc.Silo.Dashboard;

/// <summary>One point of the pipeline history: what the charts draw. Rates are over the time since the previous sample.</summary>
public sealed record DashboardSample(
    DateTimeOffset Time,
    double SubmissionsPerSecond,
    IReadOnlyDictionary<string, double> DecisionsPerSecond,
    double LagP50Ms,
    double LagP95Ms,
    double LagP99Ms);
