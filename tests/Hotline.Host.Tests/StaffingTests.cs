using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.TestKit;

namespace Hotline.Host.Tests;

/// <summary>
/// A9.2, A9.3 and A9.1 as the host enforces them at start: an organisation file with a project lacking its liaison,
/// or a bad QualityDept duty time, stops the start with one line naming the key and what is missing.
/// </summary>
public sealed class StaffingTests
{
    [Fact]
    public async Task A9_2_1_host_refuses_to_start_with_a_project_without_a_liaison_naming_the_key_and_the_project()
    {
        var demo = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "demo-organisation.json")))!;
        var liaison = demo["people"]!.AsArray().Single(p => (string?)p!["id"] == "riverside-liaison")!;
        liaison["roles"] = new JsonArray();
        var file = Path.Combine(Path.GetTempPath(), $"org-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, demo.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        try
        {
            var complaint = await StartupComplaint($"--Hotline:Organization:SeedFile={file}");

            Assert.Contains("Hotline:Organization:SeedFile", complaint, StringComparison.Ordinal);
            Assert.Contains("project 'p-riverside' has no ProjectLiaison", complaint, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A9_1_host_refuses_a_QualityDept_duty_time_that_is_no_time_of_day()
    {
        var complaint = await StartupComplaint("--Hotline:Organization:QualityDept:End=25:00");

        Assert.Contains("Hotline:Organization:QualityDept:End", complaint, StringComparison.Ordinal);
    }

    private static async Task<string> StartupComplaint(string setting)
    {
        var database = await TestPostgres.CreateDatabaseAsync("staffing");
        await using var host = HostProcess.Start([$"--ConnectionStrings:Hotline={database}", .. StartupConfigurationTests.FreePorts(), setting], RepoPaths.Root);

        Assert.Equal(2, await host.WaitForExit());
        Assert.DoesNotContain("   at ", host.Output);
        return Assert.Single(host.Output.Split('\n'), l => l.StartsWith("Hotline cannot start:", StringComparison.Ordinal));
    }
}
