using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Organization.Seeding;
using Hotline.TestKit;
using Microsoft.Extensions.Options;

namespace Hotline.Organization.Tests.Rosters;

/// <summary>
/// A9.2.1, A9.2.2, A9.3: an organisation whose project lacks a liaison or a manager, or whose branch lacks a head, would
/// send that unit's tickets and warnings to nobody: it is refused at load, naming the key and every missing role.
/// </summary>
public sealed class StaffingRefusalTests
{
    private const string Key = "Hotline:Organization:SeedFile";

    [Fact]
    public void A9_2_1_A9_2_2_A9_3_organisation_missing_a_liaison_a_manager_and_a_head_is_refused_naming_each()
    {
        var demo = Demo();
        DropRole(demo, "riverside-liaison", "ProjectLiaison");
        DropRole(demo, "greenhill-manager", "ProjectManager");
        DropRole(demo, "south-head", "BranchHead");

        var error = Assert.Throws<OptionsValidationException>(() => Read(demo));

        Assert.Contains(Key, error.Message, StringComparison.Ordinal);
        Assert.Contains("project 'p-riverside' has no ProjectLiaison", error.Message, StringComparison.Ordinal);
        Assert.Contains("project 'p-greenhill' has no ProjectManager", error.Message, StringComparison.Ordinal);
        Assert.Contains("branch 'south' has no BranchHead", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("p-sunrise", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A9_2_1_a_liaison_of_another_project_does_not_staff_this_one()
    {
        var demo = Demo();
        // Riverside's liaison moved to Sunrise: Sunrise has two, Riverside none.
        var role = Person(demo, "riverside-liaison")["roles"]!.AsArray().Single(r => (string?)r!["role"] == "ProjectLiaison")!;
        role["scopeId"] = "p-sunrise";

        var error = Assert.Throws<OptionsValidationException>(() => Read(demo));

        Assert.Contains("project 'p-riverside' has no ProjectLiaison", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A9_the_demo_organisation_is_fully_staffed_and_loads()
    {
        var org = Read(Demo());

        Assert.Equal(4, org.Branches.Sum(b => b.Projects.Length));
    }

    private static JsonNode Demo() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "demo-organisation.json")))!;

    private static JsonNode Person(JsonNode org, string id) => org["people"]!.AsArray().Single(p => (string?)p!["id"] == id)!;

    private static void DropRole(JsonNode org, string personId, string role)
    {
        var roles = Person(org, personId)["roles"]!.AsArray();
        foreach (var held in roles.Where(r => (string?)r!["role"] == role).ToList())
        {
            roles.Remove(held);
        }
    }

    private static Contracts.OrganizationSnapshot Read(JsonNode org)
    {
        var path = Path.Combine(Path.GetTempPath(), $"org-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, org.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        try
        {
            return OrganizationFile.Read(path, Key);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
