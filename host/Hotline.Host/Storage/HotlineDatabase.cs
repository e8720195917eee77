using System.Reflection;
using Hotline.Storage.Embedded;
using Hotline.Storage.Migrations;

namespace Hotline.Host.Storage;

/// <summary>
/// The database this process uses: the configured server, or the embedded one it starts or shares. Registering it
/// touches nothing; <see cref="OpenAsync"/> (the host's first start step, or the first reader of the connection string)
/// starts the embedded server if needed and brings every registered module's schema up to date, once.
/// </summary>
public sealed class HotlineDatabase(
    string? configuredConnectionString,
    EmbeddedPostgresOptions? embeddedOptions,
    bool migrateAtStart,
    Func<IEnumerable<Assembly>> migrationSources,
    ILogger logger,
    CancellationToken stopping,
    Hotline.BuildingBlocks.Observability.HotlineMetrics? metrics = null)
{
    public const string ConnectionStringKey = "ConnectionStrings:Hotline";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private OpenDatabase? _open;

    /// <summary>
    /// The connection string of the open database. A reader before the host's start step opens it first, blocking,
    /// on the thread pool so that no caller's synchronization context is waited on by its own continuation.
    /// </summary>
    public string ConnectionString => (_open ?? Task.Run(() => OpenAsync(stopping)).GetAwaiter().GetResult()).ConnectionString;

    /// <summary>The embedded server this process started or shares; null with a configured server or before opening.</summary>
    public EmbeddedPostgres? Embedded => _open?.Embedded;

    /// <summary>
    /// Starts the embedded server when none is configured and migrates (or, with MigrateAtStart off, only checks the
    /// schema version), retrying an unreachable server; idempotent.
    /// </summary>
    public async Task<OpenDatabase> OpenAsync(CancellationToken ct)
    {
        if (_open is { } open)
        {
            return open;
        }

        await _gate.WaitAsync(ct);
        try
        {
            return _open ??= await DatabaseOpening.OpenAsync(configuredConnectionString, embeddedOptions, migrateAtStart, migrationSources(), logger, ct, metrics);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Leaves the embedded server (stopped unless another host still uses it); nothing for a configured server.</summary>
    public async Task CloseAsync()
    {
        if (_open?.Embedded is { } embedded)
        {
            await embedded.StopAsync();
        }
    }
}
