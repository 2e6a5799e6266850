using Microsoft.Extensions.Diagnostics.HealthChecks;
using Ugc.Actors.Hosting;

namespace Ugc.Silo.Operations;

/// <summary>Healthy while the silo runs and accepts calls.</summary>
public sealed class SiloHealthCheck(ISiloStatus silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(silo.IsRunning
            ? HealthCheckResult.Healthy($"{silo.ActivationCount} activations")
            : HealthCheckResult.Unhealthy("The silo is not running."));
}
