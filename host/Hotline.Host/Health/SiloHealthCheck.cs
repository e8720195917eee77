using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Host.Health;

/// <summary>Ready only while this silo is an active member of the cluster.</summary>
internal sealed class SiloHealthCheck(ISiloStatusOracle silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(silo.CurrentStatus == SiloStatus.Active
            ? HealthCheckResult.Healthy($"silo {silo.SiloName} active")
            : HealthCheckResult.Unhealthy($"silo {silo.SiloName} is {silo.CurrentStatus}"));
}
