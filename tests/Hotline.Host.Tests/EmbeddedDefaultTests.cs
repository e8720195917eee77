using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Host.Tests;

/// <summary>
/// The newcomer's path: no connection string, so the host starts its own PostgreSQL, loads the demo
/// organisation, serves, stops the database on SIGTERM, and finds its data again on the next start.
/// </summary>
public sealed class EmbeddedDefaultTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-host-tests", $"embedded-{Guid.NewGuid():N}"[..20]);

    [Fact]
    public async Task Host_WithoutConnectionString_RunsOnEmbeddedPostgresAndKeepsDataAcrossRestarts()
    {
        var dataFolder = Path.Combine(_folder, "pg");
        var port = FreePort.Next();
        var args = EmbeddedHostArgs.For(dataFolder, port);
        using var http = ProcessTokens.Client(new Uri($"http://127.0.0.1:{port}"));
        Guid ticketId;

        await using (var first = HostProcess.Start(args, RepoPaths.Root))
        {
            await first.WaitForOutput("Hotline is running at");
            Assert.Contains("using the embedded PostgreSQL", first.Output);
            Assert.Contains("Organisation '", first.Output);
            // The built host collects garbage with the small fixed young budget its runtimeconfig sets
            // (System.GC.Gen0MaxBudget 16,777,216 bytes = 16 MiB, adaptation off): short pauses for the deadlines.
            Assert.Contains("dynamic adaptation off, young budget at most 16 MiB per heap", first.Output);

            var ready = await http.GetFromJsonAsync<JsonElement>("/health/ready");
            Assert.Equal("Healthy", ready.GetProperty("status").GetString());
            foreach (var check in new[] { "database", "silo", "plugins" })
            {
                Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
            }

            var created = await http.PostAsJsonAsync("/api/tickets", new { kind = "Complaint", projectId = "p-sunrise", text = "樓下噪音太大", householdNotGiven = true });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            ticketId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

            Assert.Equal(0, await first.Terminate());
            Assert.Contains("Embedded PostgreSQL stopped", first.Output);
        }

        Assert.False(File.Exists(Path.Combine(dataFolder, "postmaster.pid")), "PostgreSQL must be stopped with the host");

        await using var second = HostProcess.Start(args, RepoPaths.Root);
        await second.WaitForOutput("Hotline is running at");
        var ticket = await http.GetFromJsonAsync<JsonElement>($"/api/tickets/{ticketId}");
        Assert.Equal("樓下噪音太大", ticket.GetProperty("text").GetString());
        Assert.DoesNotContain("Organisation '", second.Output);
        Assert.Equal(0, await second.Terminate());
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
