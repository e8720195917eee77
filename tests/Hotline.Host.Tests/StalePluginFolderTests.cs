using System.Diagnostics;
using Hotline.TestKit;

namespace Hotline.Host.Tests;

/// <summary>
/// The host's build target RemoveStalePluginFolders, run by MSBuild on scratch folders: a plugin folder built by an older
/// checkout (the order-maintenance plugin under its former name, issue 9) would otherwise be loaded beside its successor.
/// </summary>
public sealed class StalePluginFolderTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("hotline-stale-plugins-").FullName;

    [Fact]
    public async Task Build_BuiltPluginWithoutProject_RemovedWithItsCopyAndTheRestKept()
    {
        var artifacts = Path.Combine(_scratch, "artifacts") + "/";
        var besideHost = Path.Combine(_scratch, "bin", "plugins") + "/";
        string[] stale = [Plugin(artifacts, "Hotline.Plugins.Retired"), Plugin(besideHost, "Hotline.Plugins.Retired")];
        string[] kept =
        [
            Plugin(artifacts, "Hotline.Plugins.OrderMaintenance"), Plugin(besideHost, "Hotline.Plugins.OrderMaintenance"),
            Plugin(besideHost, "Acme.Plugins.Deployed"), // copied beside the host by an operator, never built here
        ];

        var (exitCode, log) = await RunTarget(artifacts, Path.Combine(_scratch, "bin") + "/");

        Assert.True(exitCode == 0, log);
        Assert.All(stale, folder => Assert.False(Directory.Exists(folder), $"{folder} still exists\n{log}"));
        Assert.All(kept, folder => Assert.True(File.Exists(Path.Combine(folder, "plugin.json")), $"{folder} was removed\n{log}"));
        Assert.Contains("Removing plugin folder Hotline.Plugins.Retired", log);
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static string Plugin(string home, string name)
    {
        var folder = Path.Combine(home, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "plugin.json"), "{}");
        return folder;
    }

    private async Task<(int ExitCode, string Log)> RunTarget(string artifacts, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "msbuild", Path.Combine(RepoPaths.Root, "host", "Hotline.Host", "Hotline.Host.csproj"), "-t:RemoveStalePluginFolders",
                "-nologo", "-v:n", $"-p:HotlinePluginArtifacts={artifacts}", $"-p:OutDir={output}",
                $"-p:PublishDir={Path.Combine(_scratch, "publish")}/",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
