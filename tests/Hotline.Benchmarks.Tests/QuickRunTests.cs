using System.Diagnostics;

namespace Hotline.Benchmarks.Tests;

/// <summary>
/// Runs the harness's quick mode as CI does: it must start its database and host, measure, stop everything and exit 0,
/// printing every result line. The numbers vary with the machine and are never asserted.
/// </summary>
public sealed class QuickRunTests
{
    private static readonly string[] ExpectedResults =
    [
        "pgbench_tps", "intake_per_s_v0", "intake_per_s", "intake_vs_pgbench", "intake_p99_ms_half_load",
        "intake_flatness", "grain_state_max_bytes_ticket", "grain_state_max_bytes_company", "ticket_grain_managed_bytes",
        "ticket_search_p50", "report_fill_tickets", "report_overview_company_p50", "report_overview_project_p50",
        "report_bulletin_month", "report_weekly_summaries_500",
    ];

    [Fact]
    public async Task Quick_run_completes_prints_every_result_and_leaves_nothing_running()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(BenchDll());
        start.ArgumentList.Add("--quick");
        using var bench = Process.Start(start)!;
        var output = bench.StandardOutput.ReadToEndAsync();
        var errors = bench.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10)))
        {
            try
            {
                await bench.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // SIGTERM: the harness stops its host and database itself before exiting.
                Process.Start("kill", ["-TERM", bench.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
                await bench.WaitForExitAsync();
            }
        }

        var text = await output + "\n" + await errors;
        Assert.True(bench.ExitCode == 0, $"exit code {bench.ExitCode}:\n{text}");
        var lines = text.Split('\n');
        foreach (var name in ExpectedResults)
        {
            Assert.Contains(lines, line => line.StartsWith($"RESULT {name} ", StringComparison.Ordinal));
        }

        var folder = Path.Combine(Path.GetTempPath(), $"hotline-bench-{bench.Id}");
        Assert.False(Directory.Exists(folder), $"{folder} was left behind");
    }

    private static string BenchDll()
    {
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Hotline.Benchmarks", "bin", configuration, "net10.0", "Hotline.Benchmarks.dll");
            }
        }

        throw new InvalidOperationException("Hotline.sln not found");
    }
}
