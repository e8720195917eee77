using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Storage.Embedded;
using Hotline.TestKit;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Host.Tests;

/// <summary>
/// Two hosts on one embedded data folder (./hotline run twice, or two silos in one checkout) share one server:
/// whichever exits first leaves it running for the other, and the last one to exit stops it.
/// </summary>
public sealed class EmbeddedSharedServerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hotline-host-tests", $"shared-{Guid.NewGuid():N}"[..18]);

    private string DataFolder => Path.Combine(_folder, "pg");

    private string PidFile => Path.Combine(DataFolder, "postmaster.pid");

    [Fact]
    public async Task SecondHost_ExitingFirst_LeavesTheServerToTheFirstWhichStopsItOnExit()
    {
        var (first, firstHttp) = await StartHost();
        await using var a = first;
        using var aHttp = firstHttp;
        var aPid = Assert.Single(RecordedHostPids());
        var (second, secondHttp) = await StartHost();
        await using var b = second;
        using var bHttp = secondHttp;
        Assert.Contains("is already running on 127.0.0.1:", b.Output);
        Assert.Contains($"used by host pid {aPid}: sharing it", b.Output);

        Assert.Equal(0, await b.Terminate());
        Assert.Contains($"Embedded PostgreSQL left running: still used by host pid {aPid}", b.Output);
        Assert.DoesNotContain("Embedded PostgreSQL stopped", b.Output);

        await AssertServes(aHttp);
        Assert.Equal(0, await a.Terminate());
        Assert.Contains("Embedded PostgreSQL stopped", a.Output);
        Assert.False(File.Exists(PidFile), "the last host to exit stops PostgreSQL");
    }

    [Fact]
    public async Task FirstHost_ExitingWhileSecondRuns_LeavesTheServerToTheSecondWhichStopsItOnExit()
    {
        var (first, firstHttp) = await StartHost();
        await using var a = first;
        using var aHttp = firstHttp;
        var (second, secondHttp) = await StartHost();
        await using var b = second;
        using var bHttp = secondHttp;

        Assert.Equal(0, await a.Terminate());
        Assert.Contains("Embedded PostgreSQL left running", a.Output);
        Assert.True(File.Exists(PidFile), "the host that started PostgreSQL must not stop it while another uses it");

        await AssertServes(bHttp);
        Assert.Equal(0, await b.Terminate());
        Assert.Contains("Embedded PostgreSQL stopped", b.Output);
        Assert.False(File.Exists(PidFile), "the last host to exit stops PostgreSQL");
    }

    [Fact]
    public async Task Host_KilledOutright_BlocksNothing_NextUserSharesTheServerAndStopsIt()
    {
        var killed = HostProcess.Start(EmbeddedHostArgs.For(DataFolder, FreePort.Next()), RepoPaths.Root);
        await killed.WaitForOutput("Embedded PostgreSQL ready on");
        var serverPort = int.Parse(File.ReadAllLines(PidFile)[3]);
        await killed.DisposeAsync(); // SIGKILL: no shutdown, so PostgreSQL keeps running and the entry file stays behind
        Assert.False(Assert.Single(new ServerUsers(DataFolder).Recorded()).Alive, "a killed host holds no lock on its entry");

        // The next user in this process rather than a second host: a killed silo's Orleans membership row, not the database, would slow a host down.
        var next = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataFolder = DataFolder }, NullLogger.Instance);
        Assert.Equal(serverPort, next.Port);
        await next.StopAsync();

        Assert.False(File.Exists(PidFile), "the last live user stops PostgreSQL, whatever a killed host left behind");
        Assert.Empty(RecordedHostPids());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // A failed test must not leave its server running.
        if (File.Exists(PidFile))
        {
            await EmbeddedPostgres.StopOrphanAsync(DataFolder);
        }

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

    private static async Task AssertServes(HttpClient http)
    {
        var ready = await http.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var created = await http.PostAsJsonAsync("/api/tickets", new { kind = "Complaint", projectId = "p-sunrise", text = "電梯停了", householdNotGiven = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var found = await http.GetAsync("/api/tickets");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
    }

    // Each host using the server holds an entry beside the data folder, named by its pid.
    private IEnumerable<int> RecordedHostPids() => new ServerUsers(DataFolder).Recorded().Select(u => u.ProcessId);

    private async Task<(HostProcess Host, HttpClient Http)> StartHost()
    {
        var port = FreePort.Next();
        var host = HostProcess.Start(EmbeddedHostArgs.For(DataFolder, port), RepoPaths.Root);
        await host.WaitForOutput("Hotline is running at");
        return (host, ProcessTokens.Client(new Uri($"http://127.0.0.1:{port}")));
    }
}
