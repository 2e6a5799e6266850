using Ugc.Actors.Diagnostics;
using Ugc.Actors.Hosting;
using Ugc.Actors.Streams;
using Ugc.Contracts.Content;
using Ugc.Grains.Catalog;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// Turns the runtime's running totals into one sample: it only reads counters (no grain calls, no storage queries)
/// and subtracts the previous sample's, so a sample costs a few microseconds per grain method.
/// </summary>
public sealed class RuntimeSampler(IServiceProvider services, ISiloStatus silo, DecisionMeterListener decisions)
{
    // The content grain moderates its submission when the submissions stream delivers it: one delivery per submission.
    private const string SubmissionGrainType = "content";
    private const string SubmissionMethod = "DeliverAsync";

    private readonly PersistentStreamProvider? _pipeline = services.GetKeyedService<PersistentStreamProvider>(StreamNames.Provider);
    private readonly FreshnessTracker? _freshness = services.GetService<FreshnessTracker>();
    private readonly Dictionary<(string Type, string Interface, string Method), MethodTotals> _previous = [];
    private readonly Dictionary<int, long> _previousDelivered = [];
    private IReadOnlyDictionary<string, long> _previousDecisions = new Dictionary<string, long>();
    private DateTimeOffset? _previousTime;

    /// <summary>Takes a sample; not thread-safe, the collector calls it from its one loop.</summary>
    public DashboardSnapshot Sample(DateTimeOffset now)
    {
        var seconds = _previousTime is { } last ? Math.Max((now - last).TotalSeconds, 1e-3) : double.PositiveInfinity;
        _previousTime = now;

        var interval = new MethodTotals();
        var types = new Dictionary<string, (MethodTotals Total, MethodTotals Delta)>(StringComparer.Ordinal);
        var methods = new List<MethodRow>();
        double submissions = 0;
        foreach (var stat in silo.MethodStatistics)
        {
            var delta = Delta(stat, out var current);
            interval.Calls += delta.Calls;
            interval.Failures += delta.Failures;
            interval.Micros += delta.Micros;
            interval.AddBuckets(delta.Buckets);
            if (!types.TryGetValue(stat.GrainType, out var type))
            {
                types[stat.GrainType] = type = (new MethodTotals(), new MethodTotals());
            }

            Accumulate(type.Total, current);
            Accumulate(type.Delta, delta);
            if (stat.GrainType == SubmissionGrainType && stat.Method == SubmissionMethod)
            {
                submissions += delta.Calls;
            }

            methods.Add(new MethodRow(stat.GrainType, ShortName(stat.Interface), stat.Method, current.Calls, current.Failures,
                Mean(current), MethodStatistics.Percentile(current.Buckets, 0.99), delta.Calls / seconds, delta.Failures / seconds));
        }

        var activations = silo.ActivationsByType;
        var typeRows = types.Keys.Union(activations.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(name =>
        {
            var (total, delta) = types.TryGetValue(name, out var t) ? t : (new MethodTotals(), new MethodTotals());
            return new GrainTypeRow(name, activations.GetValueOrDefault(name), total.Calls, total.Failures, Mean(total),
                MethodStatistics.Percentile(total.Buckets, 0.99), delta.Calls / seconds, delta.Failures / seconds);
        }).ToList();

        var view = silo.View;
        var silos = view.Statuses.Select(s => new SiloRow(s.Key.ToString(), s.Value.ToString(), s.Key == silo.Address))
            .OrderBy(s => s.Address, StringComparer.Ordinal).ToList();
        if (silos.Count == 0)
        {
            silos.Add(new SiloRow(silo.Address.ToString(), silo.IsRunning ? "Active" : "Stopped", true));
        }

        var decisionTotals = decisions.Totals();
        var decisionRates = decisionTotals.ToDictionary(d => d.Key, d => (d.Value - _previousDecisions.GetValueOrDefault(d.Key)) / seconds, StringComparer.Ordinal);
        _previousDecisions = decisionTotals;

        var sample = new DashboardSample(
            now,
            Math.Max(view.ActiveSilos.Length, silo.IsRunning ? 1 : 0),
            silo.ActivationCount,
            silo.PendingCallCount,
            interval.Calls / seconds,
            interval.Calls == 0 ? 0 : (double)interval.Failures / interval.Calls,
            Mean(interval),
            MethodStatistics.Percentile(interval.Buckets, 0.99),
            submissions / seconds,
            decisionRates,
            Lag(0.50),
            Lag(0.95),
            Lag(0.99),
            Queues(seconds),
            typeRows.Where(t => t.CallsPerSecond > 0).ToDictionary(t => t.GrainType, t => t.CallsPerSecond, StringComparer.Ordinal));
        return new DashboardSnapshot(sample, silo.Address.ToString(), silos, typeRows, methods, decisionTotals, _freshness?.Count ?? 0);
    }

    private MethodTotals Delta(GrainMethodStatistics stat, out MethodTotals current)
    {
        var s = stat.Statistics;
        current = new MethodTotals { Calls = s.Calls, Failures = s.Failures, Micros = s.TotalMicroseconds, Buckets = s.SnapshotBuckets() };
        var key = (stat.GrainType, stat.Interface, stat.Method);
        var previous = _previous.GetValueOrDefault(key) ?? new MethodTotals();
        _previous[key] = current;
        var delta = new MethodTotals
        {
            Calls = current.Calls - previous.Calls,
            Failures = current.Failures - previous.Failures,
            Micros = current.Micros - previous.Micros,
        };
        for (var i = 0; i < delta.Buckets.Length; i++)
        {
            delta.Buckets[i] = current.Buckets[i] - previous.Buckets[i];
        }

        return delta;
    }

    private List<QueueSample> Queues(double seconds)
    {
        if (_pipeline is null)
        {
            return [];
        }

        var queues = new List<QueueSample>();
        foreach (var (id, stats) in _pipeline.LocalQueues.OrderBy(q => q.Key))
        {
            var delivered = stats.Delivered;
            var rate = (delivered - _previousDelivered.GetValueOrDefault(id)) / seconds;
            _previousDelivered[id] = delivered;
            queues.Add(new QueueSample(id, stats.Depth, stats.OldestAge.TotalMilliseconds, stats.LastLag.TotalMilliseconds,
                Math.Max(0, rate), delivered, stats.DeadLettered, stats.FailedAttempts));
        }

        return queues;
    }

    private double Lag(double quantile) => _freshness is { Count: > 0 } f ? f.Percentile(quantile).TotalMilliseconds : 0;

    private static void Accumulate(MethodTotals into, MethodTotals from)
    {
        into.Calls += from.Calls;
        into.Failures += from.Failures;
        into.Micros += from.Micros;
        into.AddBuckets(from.Buckets);
    }

    private static double Mean(MethodTotals totals) => totals.Calls == 0 ? 0 : (double)totals.Micros / totals.Calls;

    private static string ShortName(string interfaceName) => interfaceName[(interfaceName.LastIndexOf('.') + 1)..];
}
