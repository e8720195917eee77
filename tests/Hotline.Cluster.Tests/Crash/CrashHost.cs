using Hotline.TestKit;

namespace Hotline.Cluster.Tests.Crash;

/// <summary>
/// One Hotline host as a real child process in a named cluster on a given database, with its own
/// HTTP and silo ports. <see cref="Kill"/> is SIGKILL (no graceful shutdown, no membership goodbye).
/// </summary>
public sealed class CrashHost : IAsyncDisposable
{
    private readonly HostProcess _process;
    private bool _killed;

    private CrashHost(string name, HostProcess process, Uri address, int siloPort)
    {
        Name = name;
        Address = address;
        SiloPort = siloPort;
        _process = process;
        Http = ProcessTokens.Client(address, TimeSpan.FromSeconds(60));
        QualityDept = ProcessTokens.Client(address, TimeSpan.FromSeconds(60), "qd-staff");
    }

    public string Name { get; }

    public Uri Address { get; }

    /// <summary>The silo-to-silo port, as the membership table records it.</summary>
    public int SiloPort { get; }

    public HttpClient Http { get; }

    /// <summary>Signed in as QualityDept's staff, who read the A12 scores.</summary>
    public HttpClient QualityDept { get; }

    /// <summary>Everything the host printed, also after it was killed.</summary>
    public string Output => _process.Output;

    /// <summary>Starts the host and waits for its "running" line; <paramref name="environment"/> adds settings (e.g. short SLA limits).</summary>
    public static async Task<CrashHost> StartAsync(string name, string connectionString, string clusterId, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var port = FreePort.Next();
        var siloPort = FreePort.Next();
        var process = HostProcess.Start(
        [
            $"--ConnectionStrings:Hotline={connectionString}",
            $"--urls=http://127.0.0.1:{port}",
            $"--Hotline:Cluster:SiloPort={siloPort}",
            $"--Hotline:Cluster:ClusterId={clusterId}",
            $"--Hotline:Cluster:ServiceId={clusterId}",
        ], RepoPaths.Root, environment);
        var host = new CrashHost(name, process, new Uri($"http://127.0.0.1:{port}"), siloPort);
        try
        {
            await process.WaitForOutput("Hotline is running at", TimeSpan.FromSeconds(120));
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL of the host and anything it started (Process.Kill with the whole tree), then waits for it to be gone.</summary>
    public async Task Kill()
    {
        if (_killed)
        {
            return;
        }

        _killed = true;
        await _process.DisposeAsync(); // HostProcess.DisposeAsync is Process.Kill(entireProcessTree: true)
    }

    /// <summary>SIGTERM, as a service manager stops a silo: it drains and leaves the cluster. Returns the exit code.</summary>
    public async Task<int> Terminate()
    {
        var code = await _process.Terminate();
        await Kill(); // it has exited: this only releases the process
        return code;
    }

    /// <summary>The last lines of the output, each cut to 300 characters, for a failure message.</summary>
    public string Tail(int lines) =>
        $"--- last output of host {Name} ---\n" + string.Join('\n', Output.Split('\n').TakeLast(lines).Select(l => l.Length > 300 ? l[..300] + "…" : l));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        QualityDept.Dispose();
        await Kill();
    }
}
