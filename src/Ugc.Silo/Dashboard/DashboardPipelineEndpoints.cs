using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Content;
using Ugc.Contracts.Operations;
using Ugc.Silo.Admin;
using Ugc.Silo.Operations;

namespace Ugc.Silo.Dashboard;

/// <summary>
/// The Pipeline and Streams pages' JSON, both cluster-wide: the pipeline from <see cref="IPipelineStatsGrain"/> (every
/// silo reports to it), the streams from the queue tables every silo shares. Storage is read only while someone watches.
/// </summary>
public static class DashboardPipelineEndpoints
{
    public static RouteGroupBuilder MapDashboardPipelineApi(this RouteGroupBuilder api)
    {
        api.MapGet("/streams", StreamsAsync);
        api.MapGet("/pipeline", PipelineAsync);
        return api;
    }

    private static async Task<Ok<StreamsResponse>> StreamsAsync(PipelineStreams streams, CancellationToken cancellationToken)
    {
        var queues = await streams.QueuesAsync(cancellationToken);
        var letters = await streams.DeadLettersAsync(50, cancellationToken);
        QueuePulling? pulled;
        try
        {
            pulled = await streams.PulledQueuesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            // A silo that does not answer the management grain leaves the figure out, not the page.
            pulled = null;
        }

        return TypedResults.Ok(new StreamsResponse(
            StreamNames.Provider,
            streams.IsMonitored,
            pulled,
            [.. queues.Select(q => new QueueRow(q.QueueId, q.Waiting, q.InFlight, q.OldestWaitingAge?.TotalMilliseconds ?? 0, q.DeadLetters))],
            [.. letters.Select(DeadLetterView.From)]));
    }

    private static async Task<Ok<PipelineResponse>> PipelineAsync(
        IGrainFactory grains, PipelineReporter reporter, IOptions<DashboardOptions> options, CancellationToken cancellationToken)
    {
        reporter.Touch();
        var stats = await grains.GetGrain<IPipelineStatsGrain>("cluster").GetAsync(options.Value.HistorySize).WaitAsync(cancellationToken);
        var now = stats.Current;
        var outcomes = stats.DecisionTotals.Keys.Order(StringComparer.Ordinal).ToArray();
        var series = new List<(string, Func<PipelinePoint, double>)>
        {
            ("submissionsPerSecond", x => x.SubmissionsPerSecond),
            ("lagP50Ms", x => x.LagP50Ms),
            ("lagP95Ms", x => x.LagP95Ms),
            ("lagP99Ms", x => x.LagP99Ms),
        };
        series.AddRange(outcomes.Select(o => ("decided:" + o, (Func<PipelinePoint, double>)(x => x.DecisionsPerSecond.GetValueOrDefault(o)))));
        return TypedResults.Ok(new PipelineResponse(stats.Silos, now.SubmissionsPerSecond, now.DecisionsPerSecond, stats.DecisionTotals, stats.Submitted,
            now.LagP50Ms, now.LagP95Ms, now.LagP99Ms, stats.Published, ChartSeries.From(stats.History, [.. series]), stats.BlockTotals));
    }
}
