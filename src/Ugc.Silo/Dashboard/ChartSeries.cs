using Ugc.Contracts.Operations;

namespace Ugc.Silo.Dashboard;

/// <summary>Columns of the history for the charts: times (Unix ms) and one array of values per named series.</summary>
public sealed record ChartSeries(long[] Times, IReadOnlyDictionary<string, double[]> Values)
{
    public static ChartSeries From(IReadOnlyList<PipelinePoint> points, params (string Name, Func<PipelinePoint, double> Value)[] series) =>
        new([.. points.Select(p => p.Time.ToUnixTimeMilliseconds())],
            series.ToDictionary(s => s.Name, s => points.Select(x => Math.Round(s.Value(x), 3)).ToArray(), StringComparer.Ordinal));
}
