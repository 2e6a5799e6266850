namespace Ugc.Silo.Dashboard;

/// <summary>The Overview page: cluster, headline figures, their history and the top methods.</summary>
public sealed record OverviewResponse(
    string Silo,
    IReadOnlyList<SiloRow> Silos,
    DashboardSample Now,
    ChartSeries History,
    IReadOnlyList<MethodRow> TopByCalls,
    IReadOnlyList<MethodRow> TopByErrors,
    IReadOnlyList<MethodRow> TopByLatency,
    double SampleIntervalMs,
    bool Idle);
