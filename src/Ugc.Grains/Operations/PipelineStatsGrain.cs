using Microsoft.Extensions.DependencyInjection;
using Ugc.Contracts.Operations;

namespace Ugc.Grains.Operations;

/// <summary>
/// Where every silo reports its pipeline counters (<see cref="IPipelineStatsGrain"/>). In memory only: the figures are
/// for watching, and the silos' next reports rebuild them after a re-activation (totals of silos gone before that are lost).
/// </summary>
public sealed class PipelineStatsGrain([FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IPipelineStatsGrain
{
    private readonly PipelineAggregator _aggregator = new();
    private DateTimeOffset? _lastViewed;

    public Task<DateTimeOffset?> ReportAsync(SiloPipelineReport report)
    {
        _aggregator.Add(report, time.GetUtcNow());
        return Task.FromResult(_lastViewed);
    }

    public Task<PipelineStats> GetAsync(int maxPoints)
    {
        var now = time.GetUtcNow();
        _lastViewed = now;
        return Task.FromResult(_aggregator.Snapshot(now, maxPoints));
    }
}
