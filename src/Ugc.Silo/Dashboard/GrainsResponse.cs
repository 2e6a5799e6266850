namespace Ugc.Silo.Dashboard;

/// <summary>The Grains page: per type and per method, with calls/s history of the busiest types.</summary>
public sealed record GrainsResponse(IReadOnlyList<GrainTypeRow> Types, IReadOnlyList<MethodRow> Methods, ChartSeries History);
