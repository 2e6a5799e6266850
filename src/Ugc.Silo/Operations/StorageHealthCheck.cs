using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ugc.Actors.Streams;
using Ugc.Contracts.Content;

namespace Ugc.Silo.Operations;

/// <summary>Healthy when the pipeline's stream storage answers a query.</summary>
public sealed class StorageHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stats = await services.GetRequiredKeyedService<IStreamQueueStorage>(StreamNames.Provider).GetQueueStatsAsync(0, cancellationToken);
            return HealthCheckResult.Healthy($"queue 0 depth {stats.Depth}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Storage did not answer.", ex);
        }
    }
}
