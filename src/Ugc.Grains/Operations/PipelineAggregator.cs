using Ugc.Contracts.Operations;
using Ugc.Grains.Catalog;

namespace Ugc.Grains.Operations;

/// <summary>
/// The arithmetic behind <see cref="PipelineStatsGrain"/>: per-silo counters summed (a silo that stops reporting keeps
/// its totals in the sums, and takes them back if it reports again), rates summed over the silos reporting, and exact
/// lag percentiles over the cluster's most recent publications in one <see cref="LagWindow"/>. A history point is
/// taken at each report, at most one a second. Not thread-safe: the grain calls it one turn at a time.
/// </summary>
public sealed class PipelineAggregator(int historyCapacity = PipelineAggregator.DefaultHistoryCapacity, int lagCapacity = LagWindow.DefaultCapacity)
{
    /// <summary>Points kept: ten minutes at one a second.</summary>
    public const int DefaultHistoryCapacity = 600;

    /// <summary>Silos gone kept by name (to take them back if they report again); older ones are folded into sums.</summary>
    public const int MaxGoneSilos = 256;

    private static readonly TimeSpan s_pointSpacing = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, ReportingSilo> _silos = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReportingSilo> _gone = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _retiredDecisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _retiredBlocks = new(StringComparer.Ordinal);
    private readonly LagWindow _lag = new(lagCapacity);
    private readonly List<PipelinePoint> _history = [];
    private long _retiredSubmitted;
    private long _retiredPublished;
    private (double P50, double P95, double P99)? _percentiles;

    /// <summary>Silos reporting now.</summary>
    public int Silos => _silos.Count;

    /// <summary>Takes a silo's report received at <paramref name="now"/> (the grain's clock).</summary>
    public void Add(SiloPipelineReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        Retire(now);
        if (_gone.Remove(report.Silo, out var back))
        {
            // It was only late: its totals move back from the gone to the live sums, never counted twice.
            _silos[report.Silo] = back;
        }

        if (_silos.TryGetValue(report.Silo, out var silo))
        {
            if (!silo.Advance(report, now))
            {
                return;
            }
        }
        else
        {
            _silos[report.Silo] = new ReportingSilo(report, now);
        }

        foreach (var sample in report.NewLagSamples)
        {
            _lag.Record(sample);
        }

        if (report.NewLagSamples.Count > 0)
        {
            _percentiles = null;
        }

        var point = Point(now);
        if (_history.Count > 0 && now - _history[^1].Time < s_pointSpacing)
        {
            // Several silos reporting within a second make one point, carrying the newest sums.
            _history[^1] = point with { Time = _history[^1].Time };
        }
        else
        {
            _history.Add(point);
            if (_history.Count > historyCapacity)
            {
                _history.RemoveAt(0);
            }
        }
    }

    /// <summary>The figures at <paramref name="now"/> with the newest <paramref name="maxPoints"/> history points.</summary>
    public PipelineStats Snapshot(DateTimeOffset now, int maxPoints)
    {
        Retire(now);
        var silos = _silos.Values.Concat(_gone.Values).ToList();
        var take = Math.Clamp(maxPoints, 0, _history.Count);
        return new PipelineStats(
            _silos.Count,
            _retiredSubmitted + silos.Sum(s => s.Last.Submitted),
            _retiredPublished + silos.Sum(s => s.Last.Published),
            Sum(_retiredDecisions, silos.Select(s => s.Last.Decisions)),
            Sum(_retiredBlocks, silos.Select(s => s.Last.Blocks)),
            Point(now),
            _history.GetRange(_history.Count - take, take));
    }

    private PipelinePoint Point(DateTimeOffset now)
    {
        var decisions = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (outcome, rate) in _silos.Values.SelectMany(s => s.DecisionsPerSecond))
        {
            decisions[outcome] = decisions.GetValueOrDefault(outcome) + rate;
        }

        _percentiles ??= (_lag.Percentile(0.50), _lag.Percentile(0.95), _lag.Percentile(0.99));
        var (p50, p95, p99) = _percentiles.Value;
        return new PipelinePoint(now, _silos.Values.Sum(s => s.SubmissionsPerSecond), decisions, p50, p95, p99);
    }

    /// <summary>
    /// Moves silos that stopped reporting out of the rates (their totals stay in the sums, so totals never go down);
    /// past <see cref="MaxGoneSilos"/>, the longest gone are folded into the retired sums for good.
    /// </summary>
    private void Retire(DateTimeOffset now)
    {
        foreach (var (id, silo) in _silos.Where(s => s.Value.IsGone(now)).ToList())
        {
            _silos.Remove(id);
            _gone[id] = silo;
        }

        foreach (var (id, silo) in _gone.OrderBy(s => s.Value.ReceivedAt).Take(_gone.Count - MaxGoneSilos).ToList())
        {
            _retiredSubmitted += silo.Last.Submitted;
            _retiredPublished += silo.Last.Published;
            AddTo(_retiredDecisions, silo.Last.Decisions);
            AddTo(_retiredBlocks, silo.Last.Blocks);
            _gone.Remove(id);
        }
    }

    private static Dictionary<string, long> Sum(Dictionary<string, long> retired, IEnumerable<IReadOnlyDictionary<string, long>> live)
    {
        var total = new Dictionary<string, long>(retired, StringComparer.Ordinal);
        foreach (var counts in live)
        {
            AddTo(total, counts);
        }

        return total;
    }

    private static void AddTo(Dictionary<string, long> total, IReadOnlyDictionary<string, long> counts)
    {
        foreach (var (key, value) in counts)
        {
            total[key] = total.GetValueOrDefault(key) + value;
        }
    }
}
