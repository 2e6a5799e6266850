using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Ugc.Grains.Catalog;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// Counts moderation decisions by outcome from the <c>ugc.content.decisions</c> counter. Only that instrument of this
/// host's meter factory is enabled, so the cost is one dictionary increment per decision.
/// </summary>
public sealed class DecisionMeterListener : IDisposable
{
    private const string InstrumentName = "ugc.content.decisions";
    private const string BlocksInstrumentName = "ugc.submission.blocks";
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _blocks = new(StringComparer.Ordinal);

    public DecisionMeterListener(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // Scope tells this host's meters from those of other hosts in the same process (tests).
            if (instrument.Meter.Name == FreshnessTracker.MeterName && instrument.Name is InstrumentName or BlocksInstrumentName
                && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    /// <summary>Decisions since start by outcome.</summary>
    public IReadOnlyDictionary<string, long> Totals() => new Dictionary<string, long>(_totals, StringComparer.Ordinal);

    /// <summary>Velocity blocks since start, by the check that blocked.</summary>
    public IReadOnlyDictionary<string, long> BlockTotals() => new Dictionary<string, long>(_blocks, StringComparer.Ordinal);

    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var blocks = instrument.Name == BlocksInstrumentName;
        var key = "unknown";
        foreach (var tag in tags)
        {
            if (tag.Key == (blocks ? "kind" : "outcome") && tag.Value is string text)
            {
                key = text;
            }
        }

        (blocks ? _blocks : _totals).AddOrUpdate(key, value, (_, total) => total + value);
    }
}
