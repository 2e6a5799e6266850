namespace Ugc.Silo.Dashboard;

/// <summary>One point of the history: what the charts draw. Rates are over the time since the previous sample.</summary>
public sealed record DashboardSample(
    DateTimeOffset Time,
    int ActiveSilos,
    int Activations,
    int PendingCalls,
    double CallsPerSecond,
    double ErrorRate,
    double MeanMicros,
    double P99Micros,
    double SubmissionsPerSecond,
    IReadOnlyDictionary<string, double> DecisionsPerSecond,
    double LagP50Ms,
    double LagP95Ms,
    double LagP99Ms,
    IReadOnlyList<QueueSample> Queues,
    IReadOnlyDictionary<string, double> CallsPerSecondByType);
