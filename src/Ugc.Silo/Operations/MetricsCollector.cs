using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Ugc.Silo.Operations;

/// <summary>
/// Listens to every <c>Ugc.*</c> meter and Orleans' <c>Microsoft.Orleans</c> meter, and renders a Prometheus-like text exposition: counters and up-down counters
/// as sums, histograms as count and sum, observable instruments read at scrape time.
/// </summary>
public sealed class MetricsCollector : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Name, string Tags), Series> _series = new();

    public MetricsCollector()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith("Ugc", StringComparison.Ordinal) || instrument.Meter.Name == "Microsoft.Orleans")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    public string Render()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var group in _series.OrderBy(p => p.Key.Name, StringComparer.Ordinal).ThenBy(p => p.Key.Tags, StringComparer.Ordinal).GroupBy(p => p.Key.Name))
        {
            var name = Sanitize(group.Key);
            var first = group.First().Value;
            text.Append(CultureInfo.InvariantCulture, $"# TYPE {name} {(first.IsHistogram ? "summary" : first.IsGauge ? "gauge" : "counter")}\n");
            foreach (var (key, series) in group)
            {
                var labels = key.Tags.Length == 0 ? "" : "{" + key.Tags + "}";
                if (series.IsHistogram)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{name}_count{labels} {series.Count}\n{name}_sum{labels} {series.Value}\n");
                }
                else
                {
                    text.Append(CultureInfo.InvariantCulture, $"{name}{labels} {series.Value}\n");
                }
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var labels = new StringBuilder();
        foreach (var tag in tags)
        {
            labels.Append(labels.Length == 0 ? "" : ",").Append(Sanitize(tag.Key)).Append("=\"")
                .Append(Convert.ToString(tag.Value, CultureInfo.InvariantCulture)?.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal))
                .Append('"');
        }

        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        var isHistogram = instrument.GetType().Name.StartsWith("Histogram", StringComparison.Ordinal);
        var isGauge = instrument.IsObservable && !instrument.GetType().Name.Contains("Counter", StringComparison.Ordinal);
        var series = _series.GetOrAdd((instrument.Name, labels.ToString()), _ => new Series(isHistogram, isGauge || instrument.IsObservable));
        series.Add(number);
    }

    private static string Sanitize(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    private sealed class Series(bool isHistogram, bool replaces)
    {
        private readonly Lock _lock = new();

        public bool IsHistogram { get; } = isHistogram;

        public bool IsGauge { get; } = replaces;

        public double Value { get; private set; }

        public long Count { get; private set; }

        public void Add(double value)
        {
            lock (_lock)
            {
                // Observable instruments report their current value (or cumulative total), so they replace.
                Value = IsGauge ? value : Value + value;
                Count++;
            }
        }
    }
}
