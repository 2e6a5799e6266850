using Microsoft.AspNetCore.Http.HttpResults;
using Ugc.Contracts.Content;
using Ugc.Silo.Admin;
using Ugc.Silo.Operations;

namespace Ugc.Silo.Dashboard;

/// <summary>The Pipeline and Streams pages' JSON: the collector's latest sample and history, storage reads on request.</summary>
public static class DashboardPipelineEndpoints
{
    public static RouteGroupBuilder MapDashboardPipelineApi(this RouteGroupBuilder api)
    {
        api.MapGet("/streams", StreamsAsync);
        api.MapGet("/pipeline", Pipeline);
        return api;
    }

    // Storage is read only here, while someone watches the Streams page; the collector never queries it.
    private static async Task<Ok<StreamsResponse>> StreamsAsync(PipelineStreams streams, CancellationToken cancellationToken)
    {
        var queues = await streams.QueuesAsync(cancellationToken);
        var letters = await streams.DeadLettersAsync(50, cancellationToken);
        return TypedResults.Ok(new StreamsResponse(
            StreamNames.Provider,
            streams.IsMonitored,
            [.. queues.Select(q => new QueueRow(q.QueueId, q.Waiting, q.InFlight, q.OldestWaitingAge?.TotalMilliseconds ?? 0, q.DeadLetters))],
            [.. letters.Select(DeadLetterView.From)]));
    }

    private static Results<Ok<PipelineResponse>, ProblemHttpResult> Pipeline(DashboardCollector collector, DecisionMeterListener meters,
        CancellationToken cancellationToken)
    {
        if (collector.Latest is not { } latest)
        {
            return TypedResults.Problem(detail: "The dashboard has not taken its first sample yet.", statusCode: StatusCodes.Status503ServiceUnavailable);
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
}
