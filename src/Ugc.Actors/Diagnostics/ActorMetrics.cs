using System.Diagnostics.Metrics;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Diagnostics;

/// <summary>
/// The runtime's instruments (meter <c>Ugc.Actors</c>): calls, failures and latency per grain type and method,
/// activations per type, pending calls. Recording is skipped when nobody listens.
/// </summary>
internal sealed class ActorMetrics
{
    public const string MeterName = "Ugc.Actors";

    private readonly Counter<long> _calls;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _duration;

    public ActorMetrics(IMeterFactory meterFactory, Func<IEnumerable<Measurement<int>>> activations, Func<int> pendingCalls)
    {
        var meter = meterFactory.Create(MeterName);
        _calls = meter.CreateCounter<long>("ugc.grain.calls", "{call}", "Grain calls completed, per grain type and method.");
        _failures = meter.CreateCounter<long>("ugc.grain.call.failures", "{call}", "Grain calls that threw, per grain type and method.");
        _duration = meter.CreateHistogram<double>("ugc.grain.call.duration", "ms", "Grain call latency inside the target silo.");
        meter.CreateObservableUpDownCounter("ugc.grain.activations", activations, "{activation}", "Live activations per grain type.");
        meter.CreateObservableUpDownCounter("ugc.grain.calls.pending", pendingCalls, "{call}", "Calls awaiting a response.");
    }

    public void RecordCall(GrainClassMetadata grainClass, GrainMethod method, TimeSpan elapsed, bool failed)
    {
        grainClass.StatisticsFor(method).Record(elapsed, failed);
        var grainType = grainClass.TypeName;
        if (_calls.Enabled || _failures.Enabled || _duration.Enabled)
        {
            var type = new KeyValuePair<string, object?>("grain.type", grainType);
            var name = new KeyValuePair<string, object?>("grain.method", method.Name);
            _calls.Add(1, type, name);
            if (failed)
            {
                _failures.Add(1, type, name);
            }

            _duration.Record(elapsed.TotalMilliseconds, type, name);
        }
    }
}
