using Hotline.Host.Storage;
using Hotline.Operations.Contracts;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Hotline.Host.Health;

/// <summary>
/// Ready only while the Hotline database answers a query. While the embedded server is being restarted, the
/// supervisor's word (status, last error) is the answer: the operator sees why, not only a refused connection.
/// </summary>
internal sealed class DatabaseHealthCheck(HotlineDatabase database, IEmbeddedDatabase embedded) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (embedded.Describe() is { Status: not EmbeddedServerStatus.Running } server)
        {
            return HealthCheckResult.Unhealthy($"embedded PostgreSQL {server.Status} (restarts so far: {server.Restarts}): {server.LastError}");
        }

        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("database reachable");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"database unreachable: {e.Message}");
        }
    }
}
