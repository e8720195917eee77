using System.Diagnostics;
using System.Text.RegularExpressions;
using Hotline.TestKit;

namespace Hotline.Benchmarks;

/// <summary>
/// The built host as a child process on the benchmark's database and organisation file; its output goes to a log file
/// in the run's folder. Stopped with SIGTERM (killed if it does not exit), always, by <see cref="DisposeAsync"/>.
/// </summary>
public sealed partial class HostChild : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);

    private HostChild(Process process, StreamWriter log, Uri address)
    {
        _process = process;
        _log = log;
        Address = address;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>A seeded person's password as the host's first start printed it; null until printed (or on a later start).</summary>
    public string? PasswordOf(string personId)
    {
        lock (_gate)
        {
            return _passwords.GetValueOrDefault(personId);
        }
    }

    public static async Task<HostChild> StartAsync(string connectionString, string organisationFile, string signingKey, string logFile, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var (http, silo) = (FreePort.Next(), FreePort.Next());

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(RepoLayout.HostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { RepoLayout.HostDll, $"--urls=http://127.0.0.1:{http}", $"--Hotline:Cluster:SiloPort={silo}" })
        {
            start.ArgumentList.Add(arg);
        }

        // The harness drives every registration as one agent from 64 connections, the very shape the per-person API
        // limit (issue 10) stops; it is switched off here so the run measures intake, not the limiter.
        start.Environment["Hotline__Security__StaffRateLimit__PerMinute"] = "0";
        start.Environment["ConnectionStrings__Hotline"] = connectionString;
        start.Environment["Hotline__Organization__SeedFile"] = organisationFile;
        start.Environment["Hotline__Security__SigningKey"] = signingKey;
        // A configured database is a "real deployment", which seeds no accounts unless asked: the run signs in as the seeded agent.
        start.Environment["Hotline__Security__DemoAccounts"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var host = new HostChild(Process.Start(start)!, log, new Uri($"http://127.0.0.1:{http}/"));
        try
        {
            await host.WaitReadyAsync(ct);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private async Task WaitReadyAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            ct.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with code {_process.ExitCode} before it was ready (see its log)");
            }

            try
            {
                if ((await client.GetAsync("health/ready", ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException("the host was not ready within 3 minutes (see its log)");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.WaitForExit();
        _process.Dispose();
        lock (_gate)
        {
            _log.Dispose();
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _log.WriteLine(line);
            if (PasswordLine().Match(line) is { Success: true } match)
            {
                _passwords[match.Groups[1].Value] = match.Groups[2].Value;
            }
        }
    }

    [GeneratedRegex(@"demo account (\S+) password (\S+)")]
    private static partial Regex PasswordLine();
}
