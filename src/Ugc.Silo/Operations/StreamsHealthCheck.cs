using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ugc.Silo.Operations;

/// <summary>
/// Readiness: this silo's pulling agents for the pipeline's queues have started, so it takes its share of the queues
/// Orleans balances over the active silos (a silo may hold none of them while others hold all).
/// </summary>
public sealed class StreamsHealthCheck(PipelineStreams streams) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (started, queues) = await streams.LocalPullingAsync();
        return started
            ? HealthCheckResult.Healthy($"pulling agents started; {queues} of {streams.QueueCount} queues pulled here")
            : HealthCheckResult.Unhealthy("The pulling agents of the pipeline's queues have not started.");
    }
}
