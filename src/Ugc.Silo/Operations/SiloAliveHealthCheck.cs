using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ugc.Silo.Operations;

/// <summary>Liveness: the process answers and its silo has not been declared dead by the cluster (then only a restart helps).</summary>
public sealed class SiloAliveHealthCheck(IClusterMembershipService membership, ILocalSiloDetails silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Dead
            ? HealthCheckResult.Unhealthy($"{silo.SiloAddress} was declared dead by the cluster.")
            : HealthCheckResult.Healthy($"{silo.SiloAddress} is {status}."));
    }
}
