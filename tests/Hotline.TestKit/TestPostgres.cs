using Hotline.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Hotline.TestKit;

/// <summary>
/// One real PostgreSQL per test process, started through the same embedded manager the host uses
/// (or the server named by HOTLINE_TEST_POSTGRES). Every fixture gets a database of its own.
/// </summary>
public static class TestPostgres
{
    public const string ExternalServerVariable = "HOTLINE_TEST_POSTGRES";
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "hotline-tests");
    private static readonly Lazy<Task<Func<string, Task<string>>>> Server = new(StartAsync);

    /// <summary>Creates a fresh, empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var create = await Server.Value;
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)].ToLowerInvariant();
        return await create(name);
    }

    private static async Task<Func<string, Task<string>>> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable(ExternalServerVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return name => CreateOnExternalAsync(external, name);
        }

        await StaleTestServers.StopAsync(Root);
        var folder = Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..20]);
        Directory.CreateDirectory(folder);
        // Written whole, then renamed into place, so a concurrent sweep never reads a half-written mark.
        var mark = Path.Combine(folder, StaleTestServers.OwnerFile);
        await File.WriteAllTextAsync(mark + ".tmp", Environment.ProcessId.ToString());
        File.Move(mark + ".tmp", mark);
        var server = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataFolder = Path.Combine(folder, "pg") }, NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.StopAsync().GetAwaiter().GetResult();
            TryDelete(folder);
        };
        return name => server.CreateDatabaseAsync(name);
    }

    private static async Task<string> CreateOnExternalAsync(string serverConnectionString, string name)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    internal static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A server still shutting down may hold a file; the next run's stale sweep removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
