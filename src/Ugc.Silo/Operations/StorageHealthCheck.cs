using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ugc.Silo.Operations;

/// <summary>Healthy when the pipeline's stream storage answers a query (always, on memory storage).</summary>
public sealed class StorageHealthCheck(PipelineStreams streams) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!streams.IsMonitored)
        {
            return HealthCheckResult.Healthy("memory storage");
        }

        try
        {
            var queues = await streams.QueuesAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{queues.Count} queues, {queues.Sum(q => q.Waiting)} messages waiting");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Storage did not answer.", ex);
        }
    }
}
