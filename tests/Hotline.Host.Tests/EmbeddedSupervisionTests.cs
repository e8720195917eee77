using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;
using Npgsql;

namespace Hotline.Host.Tests;

/// <summary>
/// Issue 14, "The embedded PostgreSQL is supervised": a host on the embedded default whose PostgreSQL is killed with
/// kill -9 starts it again on the same data folder and port, serves again, and has lost nothing it acknowledged.
/// </summary>
public sealed class EmbeddedSupervisionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-host-tests", $"supervised-{Guid.NewGuid():N}"[..22]);

    [Fact]
    public async Task I14_EmbeddedPostgresKilled_TheHostRestartsItOnTheSamePortAndLosesNothingAcknowledged()
    {
        var dataFolder = Path.Combine(_folder, "pg");
        var httpPort = FreePort.Next();
        var args = EmbeddedHostArgs.For(dataFolder, httpPort);
        using var http = ProcessTokens.Client(new Uri($"http://127.0.0.1:{httpPort}"));
        Guid before, after;

        await using (var host = HostProcess.Start(args, RepoPaths.Root))
        {
            await host.WaitForOutput("Hotline is running at");
            before = await Register(http, "I14 殺掉資料庫之前登記");
            var (killed, port) = Postmaster(dataFolder);

            using (var kill = Process.Start("kill", ["-9", killed.ToString()]))
            {
                await kill.WaitForExitAsync();
                Assert.Equal(0, kill.ExitCode);
            }

            // The deterministic signal: the supervisor's line once the server accepts connections again.
            await host.WaitForOutput("Embedded PostgreSQL restarted on", TimeSpan.FromSeconds(45));
            Assert.Contains($"went down: the server process (pid {killed}) exited", host.Output);
            var (restarted, samePort) = Postmaster(dataFolder);
            Assert.NotEqual(killed, restarted);
            Assert.Equal(port, samePort);
            await Eventually.Get(() => Ready(http), ready => ready, timeout: TimeSpan.FromSeconds(30));

            // The first request after the restart works: no pooled connection to the dead server is handed out.
            after = await Register(http, "I14 資料庫重啟之後登記");
            // Orleans' reminder table took the new ticket's deadline reminder on the restarted server.
            Assert.True(await ReminderRows(dataFolder, samePort, after) > 0, "the new ticket's deadline reminder must be stored");

            // A clean leave writes the silo's end to the membership table on the restarted server, then stops it.
            Assert.Equal(0, await host.Terminate());
            Assert.Contains("Embedded PostgreSQL stopped", host.Output);
        }

        // A cold host reads both tickets from the database: the one acknowledged before the kill survived it.
        await using var cold = HostProcess.Start(args, RepoPaths.Root);
        await cold.WaitForOutput("Hotline is running at");
        Assert.Equal("I14 殺掉資料庫之前登記", (await http.GetFromJsonAsync<JsonElement>($"/api/tickets/{before}")).GetProperty("text").GetString());
        Assert.Equal("I14 資料庫重啟之後登記", (await http.GetFromJsonAsync<JsonElement>($"/api/tickets/{after}")).GetProperty("text").GetString());
        Assert.Equal(0, await cold.Terminate());
    }

    private static async Task<Guid> Register(HttpClient http, string text)
    {
        using var created = await http.PostAsJsonAsync("/api/tickets", new { kind = "Complaint", projectId = "p-sunrise", text, householdNotGiven = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<bool> Ready(HttpClient http)
    {
        using var response = await http.GetAsync("/health/ready");
        return response.StatusCode == HttpStatusCode.OK
            && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "Healthy";
    }

    /// <summary>The running postmaster's pid and port, as PostgreSQL records them in its data folder.</summary>
    private static (int Pid, int Port) Postmaster(string dataFolder)
    {
        var lines = File.ReadAllLines(Path.Combine(dataFolder, "postmaster.pid"));
        return (int.Parse(lines[0]), int.Parse(lines[3]));
    }

    private static async Task<long> ReminderRows(string dataFolder, int port, Guid ticket)
    {
        var connection = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "hotline", Database = "hotline", Pooling = false,
            Password = (await File.ReadAllTextAsync(dataFolder + ".password")).Trim(),
        };
        await using var db = new NpgsqlConnection(connection.ConnectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from orleans_reminders where grainid like '%' || @key || '%'", db);
        command.Parameters.AddWithValue("key", ticket.ToString("N"));
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
