namespace Ugc.Silo.Dashboard;

/// <summary>Columns of the history for the charts: times (Unix ms) and one array of values per named series.</summary>
public sealed record ChartSeries(long[] Times, IReadOnlyDictionary<string, double[]> Values)
{
    public static ChartSeries From(IReadOnlyList<DashboardSample> samples, params (string Name, Func<DashboardSample, double> Value)[] series) =>
        new([.. samples.Select(s => s.Time.ToUnixTimeMilliseconds())],
            series.ToDictionary(s => s.Name, s => samples.Select(x => Math.Round(s.Value(x), 3)).ToArray(), StringComparer.Ordinal));
}
