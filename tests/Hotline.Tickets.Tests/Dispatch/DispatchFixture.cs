using System.Text.Json.Nodes;

namespace Hotline.Tickets.Tests.Dispatch;

/// <summary>
/// A host whose organisation is the demo one plus projects of each dispatch mode with handlers of their own, so caps
/// and turns are counted from tickets these tests alone create. The demo clock stands at Friday 10:00 (Shanghai):
/// handlers with the 22:00–23:00 shift are off duty, the others (no roster) on duty.
/// </summary>
public sealed class DispatchFixture : HostFixture
{
    private IReadOnlyDictionary<string, string?>? _settings;

    protected override IReadOnlyDictionary<string, string?> Settings =>
        _settings ??= new Dictionary<string, string?> { ["Hotline:Organization:SeedFile"] = WriteOrganisation() };

    private static string WriteOrganisation()
    {
        var org = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "config", "demo-organisation.json")))!;
        var people = org["people"]!.AsArray();
        foreach (var (branch, project, mode, cap, handlers) in DispatchWorld.Projects)
        {
            org["branches"]!.AsArray().First(b => b!["id"]!.GetValue<string>() == branch)!["projects"]!.AsArray().Add(new JsonObject
            {
                ["id"] = project, ["name"] = project, ["branchId"] = branch, ["households"] = 10,
                ["dispatchMode"] = mode, ["maxOpenPerHandler"] = cap,
            });
            people.Add(Person(DispatchWorld.Liaison(project), "ProjectLiaison", project, null, false));
            people.Add(Person($"{project}-manager", "ProjectManager", project, null, false));
            foreach (var (id, categories, offDuty) in handlers)
            {
                people.Add(Person(id, "ProjectHandler", project, categories, offDuty));
            }
        }

        var path = Path.Combine(Path.GetTempPath(), $"hotline-dispatch-org-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, org.ToJsonString());
        return path;
    }

    private static JsonObject Person(string id, string role, string project, string[]? categories, bool offDuty)
    {
        var person = new JsonObject
        {
            ["id"] = id, ["name"] = id,
            ["roles"] = new JsonArray(new JsonObject { ["role"] = role, ["scope"] = "Project", ["scopeId"] = project }),
        };
        if (categories is not null)
        {
            person["categories"] = new JsonArray([.. categories.Select(c => JsonValue.Create(c))]);
        }

        if (offDuty)
        {
            person["duty"] = new JsonArray(new JsonObject { ["start"] = "22:00", ["end"] = "23:00" });
        }

        return person;
    }
}
