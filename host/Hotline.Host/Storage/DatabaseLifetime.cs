namespace Hotline.Host.Storage;

/// <summary>
/// Opens the database when the host starts (registered before the silo, so before Orleans reads its queries) and
/// leaves the embedded PostgreSQL when the host shuts down (Ctrl+C, SIGTERM or a normal stop), after the silo has
/// left the cluster: stops it, unless another host on the same data folder still uses it.
/// </summary>
internal sealed class DatabaseLifetime(HotlineDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => database.CloseAsync();
}
