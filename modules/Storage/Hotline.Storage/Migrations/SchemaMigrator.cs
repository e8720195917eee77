using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Hotline.Storage.Migrations;

/// <summary>
/// Brings a PostgreSQL database up to the schema of the given modules: each embeds its own
/// <c>Migrations/NNNN_name.sql</c>; all of them run as one sequence in global number order (see <see cref="MigrationCatalog"/>).
/// Run it before the Orleans silo starts: Orleans caches its queries from <c>orleansquery</c> at start-up.
/// </summary>
public sealed class SchemaMigrator(IEnumerable<Assembly> sources, ILogger? logger = null)
{
    // Session advisory lock shared by every Hotline host so two starting hosts never migrate at once.
    // The value is ASCII "Hotline" followed by 0x01.
    private const long MigrationLockKey = 0x486F_746C_696E_6501;
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Checked once, here: a duplicate number, a gap or a misplaced file fails before any database is touched.</summary>
    private readonly IReadOnlyList<Migration> _migrations = MigrationCatalog.Combine(sources);

    /// <summary>Orleans' own tables and queries (0001-0004), which Storage owns.</summary>
    public static Assembly StorageSchema => typeof(SchemaMigrator).Assembly;

    /// <summary>The highest migration version of the given modules.</summary>
    public int LatestVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>Every migration, in the order they run, e.g. <c>0005_ticket_query_store</c>.</summary>
    public IReadOnlyList<string> Labels => _migrations.Select(m => m.Label).ToList();

    /// <summary>
    /// Applies pending migrations in order, each in its own transaction; a no-op when up to date.
    /// Throws <see cref="SchemaMigrationException"/> when the database is newer than this build or an applied migration changed.
    /// </summary>
    public async Task<MigrationResult> MigrateAsync(string connectionString, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, $"select pg_advisory_lock({MigrationLockKey})", ct);
        try
        {
            await MigrationJournal.EnsureExistsAsync(connection, ct);
            var applied = await MigrationJournal.ReadAsync(connection, ct);
            var previousVersion = applied.Count == 0 ? 0 : applied.Max(a => a.Version);
            var pending = MigrationPlan.Pending(_migrations, applied);
            foreach (var migration in pending)
            {
                await ApplyAsync(connection, migration, ct);
            }

            var currentVersion = pending.Count == 0 ? previousVersion : pending[^1].Version;
            _logger.LogInformation("Database schema at version {Version} ({Count} migrations applied now)", currentVersion, pending.Count);
            return new MigrationResult(previousVersion, currentVersion, pending.Select(m => m.Label).ToList());
        }
        finally
        {
            await UnlockAsync(connection);
        }
    }

    /// <summary>The highest migration version recorded in the database; 0 when it has none.</summary>
    public async Task<int> CurrentVersionAsync(string connectionString, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        if (!await MigrationJournal.ExistsAsync(connection, ct))
        {
            return 0;
        }

        var applied = await MigrationJournal.ReadAsync(connection, ct);
        return applied.Count == 0 ? 0 : applied.Max(a => a.Version);
    }

    private async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken ct)
    {
        _logger.LogInformation("Applying database migration {Migration} of {Module}", migration.Label, migration.Module);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        try
        {
            await using (var command = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await command.ExecuteNonQueryAsync(ct);
            }

            await MigrationJournal.RecordAsync(connection, transaction, migration, ct);
            await transaction.CommitAsync(ct);
        }
        catch (PostgresException e) when (!e.IsTransient)
        {
            // A broken script is fatal; a transient failure propagates as is so the caller may retry.
            throw new SchemaMigrationException($"Migration {migration.Label} failed and was rolled back: {e.MessageText}", e);
        }
    }

    private static async Task UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, $"select pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The session is broken; the lock ended with it. Never hide the error that got us here.
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
