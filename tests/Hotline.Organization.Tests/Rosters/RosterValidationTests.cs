using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Organization.Seeding;
using Hotline.TestKit;
using Microsoft.Extensions.Options;

namespace Hotline.Organization.Tests.Rosters;

/// <summary>Roster data is checked at startup: a bad shift stops the start and names the person and the shift.</summary>
public sealed class RosterValidationTests
{
    private const string Key = "Hotline:Organization:SeedFile";

    [Fact]
    public void Read_DemoOrganisation_HasTheSunriseRoster()
    {
        var org = OrganizationFile.Read(Path.Combine(RepoPaths.Root, "config", "demo-organisation.json"), Key);

        Assert.NotEmpty(org.People.Single(p => p.Id == "sunrise-liaison").Duty);
        Assert.NotEmpty(org.People.Single(p => p.Id == "sunrise-liaison-night").Duty);
        Assert.Contains(org.People, p => p.Id == "cs-hotline");
    }

    [Fact]
    public void Read_ShiftWithBadTime_FailsNamingTheEntry()
    {
        var demo = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "demo-organisation.json")))!;
        var liaison = demo["people"]!.AsArray().Single(p => (string?)p!["id"] == "sunrise-liaison-night")!;
        liaison["duty"] = JsonNode.Parse("""[{ "start": "20:00", "end": "08:00" }, { "start": "25:00", "end": "08:00" }]""");
        var path = Path.Combine(Path.GetTempPath(), $"org-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, demo.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        try
        {
            var error = Assert.Throws<OptionsValidationException>(() => OrganizationFile.Read(path, Key));

            Assert.Contains(Key, error.Message, StringComparison.Ordinal);
            Assert.Contains("person 'sunrise-liaison-night' duty shift 2", error.Message, StringComparison.Ordinal);
            Assert.Contains("'25:00'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
