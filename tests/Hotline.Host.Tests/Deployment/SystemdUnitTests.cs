namespace Hotline.Host.Tests.Deployment;

/// <summary>deploy/systemd/hotline.service read as a unit file: identity, restarts, environment, graceful stop.</summary>
public sealed class SystemdUnitTests
{
    /// <summary>section → key → values (a key may repeat), comments and blank lines dropped.</summary>
    private static Dictionary<string, ILookup<string, string>> Unit()
    {
        var section = "";
        var entries = new List<(string Section, string Key, string Value)>();
        foreach (var raw in File.ReadAllLines(DeployFiles.SystemdUnit))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                section = line.Trim('[', ']');
                continue;
            }

            var split = line.Split('=', 2);
            entries.Add((section, split[0].Trim(), split[1].Trim()));
        }

        return entries.GroupBy(e => e.Section).ToDictionary(g => g.Key, g => g.ToLookup(e => e.Key, e => e.Value));
    }

    private static string One(ILookup<string, string> section, string key) => Assert.Single(section[key]);

    [Fact]
    public void Service_RunsTheHostAsItsOwnUserWithAnEnvironmentFile()
    {
        var service = Unit()["Service"];

        Assert.Equal("hotline", One(service, "User"));
        Assert.Equal("hotline", One(service, "Group"));
        Assert.Matches(@"^/usr/bin/dotnet /opt/hotline/Hotline\.Host\.dll$", One(service, "ExecStart"));
        Assert.Equal("/etc/hotline/hotline.env", One(service, "EnvironmentFile"));
        Assert.Equal("/opt/hotline", One(service, "WorkingDirectory"));
    }

    [Fact]
    public void Service_RestartsOnFailureButNotOnTheHostsOwnRefusals()
    {
        var service = Unit()["Service"];

        Assert.Equal("on-failure", One(service, "Restart"));
        // Program.cs: 2 bad configuration, 3 embedded PostgreSQL, 4 schema refused; a restart cannot fix them.
        Assert.Equal(["2", "3", "4"], One(service, "RestartPreventExitStatus").Split(' '));
    }

    [Fact]
    public void Service_StopsWithSigtermAndWaitsLongerThanTheHostsShutdownTimeout()
    {
        var service = Unit()["Service"];

        Assert.Equal("SIGTERM", One(service, "KillSignal"));
        Assert.True(int.Parse(One(service, "TimeoutStopSec")) > new Microsoft.Extensions.Hosting.HostOptions().ShutdownTimeout.TotalSeconds);
    }

    [Fact]
    public void Unit_StartsAfterTheNetworkAndIsWantedByMultiUser()
    {
        var unit = Unit();

        Assert.Equal("network-online.target", One(unit["Unit"], "After"));
        Assert.Equal("multi-user.target", One(unit["Install"], "WantedBy"));
    }

    [Fact]
    public void EnvironmentExample_UsesTheDefaultPortsAndTheSilosRoleWithoutMigrating()
    {
        var settings = File.ReadAllLines(DeployFiles.SystemdEnvironment)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);

        Assert.Equal(DeployFiles.DefaultHttpPort, new Uri(settings["Urls"]).Port);
        Assert.Equal(DeployFiles.DefaultSiloPort, int.Parse(settings["Hotline__Cluster__SiloPort"]));
        Assert.Equal("false", settings["Hotline__Database__MigrateAtStart"]);
        Assert.Contains("Username=hotline_silo", settings["ConnectionStrings__Hotline"]);
    }
}
