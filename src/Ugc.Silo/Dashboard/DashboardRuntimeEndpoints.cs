using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Actors.Streams;
using Ugc.Contracts.Content;

namespace Ugc.Silo.Dashboard;

/// <summary>The runtime pages' JSON: read from the collector's latest sample and history, plus storage reads on request.</summary>
public static class DashboardRuntimeEndpoints
{
    private const int TopCount = 10;

    public static RouteGroupBuilder MapDashboardRuntimeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", Overview);
        api.MapGet("/grains", Grains);
        api.MapGet("/streams", StreamsAsync);
        api.MapGet("/pipeline", Pipeline);
        return api;
    }

    private static Results<Ok<OverviewResponse>, ProblemHttpResult> Overview(DashboardCollector collector, int? seconds, CancellationToken cancellationToken)
    {
        if (collector.Latest is not { } latest)
        {
            return NoSample();
        }

        var history = collector.History(seconds ?? 300);
        var active = latest.Methods.Where(m => m.Calls > 0).ToList();
        return TypedResults.Ok(new OverviewResponse(
            latest.Silo,
            latest.Silos,
            latest.Sample,
            ChartSeries.From(history,
                ("callsPerSecond", s => s.CallsPerSecond),
                ("errorRate", s => s.ErrorRate),
                ("meanMs", s => s.MeanMicros / 1000),
                ("p99Ms", s => s.P99Micros / 1000),
                ("activations", s => s.Activations)),
            [.. active.OrderByDescending(m => m.CallsPerSecond).ThenByDescending(m => m.Calls).Take(TopCount)],
            [.. active.Where(m => m.Failures > 0).OrderByDescending(m => m.Failures).Take(TopCount)],
            [.. active.OrderByDescending(m => m.P99Micros).ThenByDescending(m => m.MeanMicros).Take(TopCount)],
            collector.CurrentInterval.TotalMilliseconds,
            collector.IsIdle));
    }

    private static Results<Ok<GrainsResponse>, ProblemHttpResult> Grains(DashboardCollector collector, CancellationToken cancellationToken)
    {
        if (collector.Latest is not { } latest)
        {
            return NoSample();
        }

        var busiest = latest.GrainTypes.OrderByDescending(t => t.Calls).Take(6).Select(t => t.GrainType).ToArray();
        var history = ChartSeries.From(collector.History(300),
            [.. busiest.Select(type => (type, (Func<DashboardSample, double>)(s => s.CallsPerSecondByType.GetValueOrDefault(type))))]);
        return TypedResults.Ok(new GrainsResponse(latest.GrainTypes, [.. latest.Methods.OrderBy(m => m.GrainType, StringComparer.Ordinal).ThenByDescending(m => m.Calls)], history));
    }

    private static async Task<Results<Ok<StreamsResponse>, ProblemHttpResult>> StreamsAsync(
        DashboardCollector collector, IServiceProvider services, TimeProvider time, CancellationToken cancellationToken)
    {
        if (collector.Latest is not { } latest)
        {
            return NoSample();
        }

        var history = ChartSeries.From(collector.History(300),
            ("depth", s => s.Queues.Sum(q => q.Depth)),
            ("deliveredPerSecond", s => s.Queues.Sum(q => q.DeliveredPerSecond)),
            ("oldestAgeMs", s => s.Queues.Count == 0 ? 0 : s.Queues.Max(q => q.OldestAgeMs)));
        if (services.GetKeyedService<PersistentStreamProvider>(StreamNames.Provider) is not { } provider)
        {
            return TypedResults.Ok(new StreamsResponse(StreamNames.Provider, [], [], history));
        }

        // Storage is read only here, while someone watches the Streams page; the collector never queries it.
        var now = time.GetUtcNow();
        var agents = latest.Sample.Queues.ToDictionary(q => q.QueueId);
        var queues = new List<QueueRow>();
        for (var q = 0; q < provider.Options.QueueCount; q++)
        {
            var stats = await provider.Storage.GetQueueStatsAsync(q, cancellationToken);
            var age = stats.OldestEnqueuedAt is { } oldest ? Math.Max(0, (now - oldest).TotalMilliseconds) : 0;
            queues.Add(new QueueRow(q, stats.Depth, age, agents.GetValueOrDefault(q)));
        }

        var letters = await provider.Storage.ReadDeadLettersAsync(50, cancellationToken);
        return TypedResults.Ok(new StreamsResponse(provider.Name, queues,
            [.. letters.Select(d => new DeadLetterRow(d.Id, d.QueueId, $"{d.Envelope.StreamNamespace}/{d.Envelope.StreamKey}", ShortType(d.Envelope.PayloadType),
                d.EnqueuedAt, d.FailedAt, d.Attempts, d.LastError))],
            history));
    }

    private static Results<Ok<PipelineResponse>, ProblemHttpResult> Pipeline(DashboardCollector collector, DecisionMeterListener meters,
        CancellationToken cancellationToken)
    {
        if (collector.Latest is not { } latest)
        {
            return NoSample();
        }

        var s = latest.Sample;
        var outcomes = latest.DecisionTotals.Keys.Order(StringComparer.Ordinal).ToArray();
        var series = new List<(string, Func<DashboardSample, double>)>
        {
            ("submissionsPerSecond", x => x.SubmissionsPerSecond),
            ("lagP50Ms", x => x.LagP50Ms),
            ("lagP95Ms", x => x.LagP95Ms),
            ("lagP99Ms", x => x.LagP99Ms),
        };
        series.AddRange(outcomes.Select(o => ("decided:" + o, (Func<DashboardSample, double>)(x => x.DecisionsPerSecond.GetValueOrDefault(o)))));
        return TypedResults.Ok(new PipelineResponse(s.SubmissionsPerSecond, s.DecisionsPerSecond, latest.DecisionTotals, s.LagP50Ms, s.LagP95Ms, s.LagP99Ms,
            latest.PublishedMeasured, ChartSeries.From(collector.History(300), [.. series]), meters.BlockTotals()));
    }

    private static ProblemHttpResult NoSample() =>
        TypedResults.Problem(detail: "The dashboard has not taken its first sample yet.", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static string ShortType(string type) => type.Split(',')[0].Split('.')[^1];
}
