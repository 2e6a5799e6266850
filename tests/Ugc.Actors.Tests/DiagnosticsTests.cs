using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Ugc.Actors.Testing;
using Ugc.Actors.Tests.Grains;

namespace Ugc.Actors.Tests;

public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Calls_failures_latency_and_activations_are_measured_per_type_and_method()
    {
        await using var cluster = new TestClusterBuilder { InitialSilosCount = 1 }.AddGrains(typeof(CounterGrain).Assembly).Build();
        await cluster.DeployAsync();
        var meterFactory = cluster.Primary.Services.GetRequiredService<IMeterFactory>();
        var calls = new ConcurrentDictionary<string, long>();
        var failures = new ConcurrentDictionary<string, long>();
        var durations = new ConcurrentBag<double>();
        var activations = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this cluster's silo: other tests run clusters in parallel in this process.
            if (instrument.Meter.Name == "Ugc.Actors" && instrument.Meter.Scope == meterFactory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = Tag(tags, "grain.type") + "." + Tag(tags, "grain.method");
            var target = instrument.Name == "ugc.grain.calls" ? calls : instrument.Name == "ugc.grain.call.failures" ? failures : null;
            target?.AddOrUpdate(key, value, (_, v) => v + value);
        });
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => durations.Add(value));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "ugc.grain.activations")
            {
                activations[Tag(tags, "grain.type")] = value;
            }
        });
        listener.Start();

        var grain = cluster.Client.GetGrain<ICounterGrain>("metered");
        await grain.IncrementAsync();
        await grain.IncrementAsync();
        await grain.GetAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => grain.ThrowAsync("argument", "no"));
        listener.RecordObservableInstruments();

        Assert.Equal(2, calls["counter.IncrementAsync"]);
        Assert.Equal(1, calls["counter.GetAsync"]);
        Assert.Equal(1, failures["counter.ThrowAsync"]);
        Assert.False(failures.ContainsKey("counter.IncrementAsync"));
        Assert.True(durations.Count >= 4);
        Assert.Equal(1, activations["counter"]);

        var stats = cluster.Primary.Status.MethodStatistics.Single(s => s.GrainType == "counter" && s.Method == "IncrementAsync");
        Assert.Equal(2, stats.Statistics.Calls);
    }

    [Fact]
    public async Task Incoming_and_outgoing_filters_wrap_every_call()
    {
        var seen = new ConcurrentQueue<string>();
        await using var cluster = new TestClusterBuilder { InitialSilosCount = 2 }
            .AddGrains(typeof(CounterGrain).Assembly)
            .ConfigureServices(s =>
            {
                s.AddSingleton<IIncomingGrainCallFilter>(new RecordingFilter(seen, "in"));
                s.AddSingleton<IOutgoingGrainCallFilter>(new RecordingFilter(seen, "out"));
            })
            .Build();
        await cluster.DeployAsync();

        var value = await cluster.Client.GetGrain<ICounterGrain>("filtered").IncrementAsync();

        Assert.Equal(1, value);
        Assert.Contains("out:IncrementAsync", seen);
        Assert.Contains("in:IncrementAsync", seen);
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value?.ToString() ?? "";
            }
        }

        return "";
    }

    private sealed class RecordingFilter(ConcurrentQueue<string> seen, string direction) : IIncomingGrainCallFilter, IOutgoingGrainCallFilter
    {
        public async Task Invoke(IIncomingGrainCallContext context)
        {
            seen.Enqueue($"{direction}:{context.MethodName}");
            await context.Invoke();
        }

        public async Task Invoke(IOutgoingGrainCallContext context)
        {
            seen.Enqueue($"{direction}:{context.MethodName}");
            await context.Invoke();
        }
    }
}
