using Hotline.TestKit;

namespace Hotline.Host.Tests;

/// <summary>Bad configuration stops the start with one line naming the key: no stack trace, no crash loop.</summary>
public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("--Hotline:Cluster:SiloPort=abc", "Hotline:Cluster:SiloPort")]
    [InlineData("--Hotline:Cluster:GatewayPort=70000", "Hotline:Cluster:GatewayPort")]
    [InlineData("--Hotline:Cluster:AdvertisedAddress=not-an-ip", "Hotline:Cluster:AdvertisedAddress")]
    [InlineData("--Hotline:BusinessTimeZone=Mars/Olympus", "Hotline:BusinessTimeZone")]
    [InlineData("--Hotline:Sla:Limits:Start:Duration=ten minutes", "Hotline:Sla:Limits:Start:Duration")]
    [InlineData("--Hotline:Sla:Limits:PlanGeneral:Duration=-01:00:00", "Hotline:Sla:Limits:PlanGeneral")]
    [InlineData("--Hotline:Sla:Overrides:0:Catgory=engineering", "Hotline:Sla:Overrides:0:Catgory")]
    [InlineData("--Hotline:Organization:SeedFile=/no/such/file.json", "Hotline:Organization:SeedFile")]
    [InlineData("--Hotline:Database:MaxConcurrentStorageCalls=0", "Hotline:Database:MaxConcurrentStorageCalls")]
    [InlineData("--Hotline:Database:StateWriters=0", "Hotline:Database:StateWriters")]
    [InlineData("--Hotline:Database:MaxWritesPerBatch=many", "Hotline:Database:MaxWritesPerBatch")]
    public async Task Start_BadSetting_ExitsWithOneLineNamingTheKey(string badSetting, string key)
    {
        var database = await TestPostgres.CreateDatabaseAsync("badconfig");
        await using var host = HostProcess.Start([$"--ConnectionStrings:Hotline={database}", .. FreePorts(), badSetting], RepoPaths.Root);

        var exit = await host.WaitForExit();

        Assert.Equal(2, exit);
        var complaint = Assert.Single(host.Output.Split('\n'), l => l.StartsWith("Hotline cannot start:", StringComparison.Ordinal));
        Assert.Contains(key, complaint);
        Assert.DoesNotContain("   at ", host.Output);
    }

    [Fact]
    public async Task Start_MalformedConnectionString_NamesTheKey()
    {
        await using var host = HostProcess.Start(["--ConnectionStrings:Hotline=Host=127.0.0.1;Bogus Key=1", .. FreePorts()], RepoPaths.Root);

        Assert.Equal(2, await host.WaitForExit());
        Assert.Contains("ConnectionStrings:Hotline", host.Output);
        Assert.DoesNotContain("   at ", host.Output);
    }

    [Fact]
    public async Task Start_UnreachableDatabase_RetriesWithBackOffAndOneLinePerAttempt()
    {
        var closedPort = FreePort.Next();
        await using var host = HostProcess.Start(
            [$"--ConnectionStrings:Hotline=Host=127.0.0.1;Port={closedPort};Username=u;Password=p;Database=d;Timeout=2", .. FreePorts()], RepoPaths.Root);

        await host.WaitForOutput("(attempt 2)", TimeSpan.FromSeconds(60));

        Assert.Null(host.ExitCode);
        Assert.Contains("Database not reachable (attempt 1)", host.Output);
        Assert.Contains("retrying in 2 s", host.Output);
        Assert.DoesNotContain("   at ", host.Output);
    }

    /// <summary>Free ports for one host; put before a setting under test so that setting wins.</summary>
    internal static string[] FreePorts() =>
    [
        $"--urls=http://127.0.0.1:{FreePort.Next()}",
        $"--Hotline:Cluster:SiloPort={FreePort.Next()}",
        $"--Hotline:Cluster:GatewayPort={FreePort.Next()}",
    ];
}
