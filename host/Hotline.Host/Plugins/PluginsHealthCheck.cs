using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Host.Plugins;

/// <summary>Healthy when every plugin found at start-up loaded; Degraded (still serving) when some failed.</summary>
public sealed class PluginsHealthCheck(PluginRegistry registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failed = registry.Failed;
        var data = new Dictionary<string, object>
        {
            ["hostVersion"] = registry.HostVersion,
            ["found"] = registry.Plugins.Count,
            ["loaded"] = registry.Loaded.Select(p => p.Id ?? p.Folder).ToArray(),
            ["failed"] = failed.Select(p => $"{p.Folder}: {p.Error}").ToArray(),
        };

        var result = failed.Count == 0
            ? HealthCheckResult.Healthy($"{registry.Plugins.Count} plugin(s) loaded", data)
            : HealthCheckResult.Degraded($"{failed.Count} of {registry.Plugins.Count} plugin(s) failed to load", data: data);
        return Task.FromResult(result);
    }
}
