using Hotline.Storage.Embedded;

namespace Hotline.Host.Storage;

/// <summary>
/// Leaves the embedded PostgreSQL when the host shuts down (Ctrl+C, SIGTERM or a normal stop): stops it,
/// unless another host on the same data folder still uses it.
/// </summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync();
}
