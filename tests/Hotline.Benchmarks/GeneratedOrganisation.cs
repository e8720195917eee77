using System.Text.Json;

namespace Hotline.Benchmarks;

/// <summary>
/// An organisation file of the host's own format (config/demo-organisation.json) at benchmark size: branches of 50
/// projects, households summing exactly to the requested total, and the few people the run signs in as.
/// </summary>
public static class GeneratedOrganisation
{
    public const string Agent = "cc-agent-1";

    /// <summary>The project liaison of every project (reads a project's reports) and QualityDept's head (publishes, drafts).</summary>
    public const string Liaison = "bench-liaison";

    /// <summary>The project manager of every project: with <see cref="Liaison"/>, who gets every ticket's "deadline soon" notice.</summary>
    public const string Manager = "bench-manager";
    public const string Quality = "bench-quality";
    private const int ProjectsPerBranch = 50;

    public static IReadOnlyList<GeneratedProject> Write(string path, int projects, int households)
    {
        var list = Projects(projects, households);
        var branches = list.Select((p, i) => (p, Branch: BranchOf(i))).GroupBy(x => x.Branch).Select(g => new
        {
            id = g.Key,
            name = $"Branch {g.Key}",
            projects = g.Select(x => new { id = x.p.Id, name = $"Project {x.p.Id}", branchId = g.Key, households = x.p.Households }),
        }).ToList();
        var company = new[] { new { role = "CallCenterAgent", scope = "Company", scopeId = "company" } };
        var document = new
        {
            companyName = "Benchmark Property Services",
            branches,
            people = new object[]
            {
                new { id = Agent, name = "Agent One", phone = "13800130001", roles = company },
                new { id = "cs-hotline", name = "Hotline", phone = "4008001234", roles = company },
                new { id = "admin", name = "Administrator", phone = (string?)null, roles = new[] { new { role = "SystemAdministrator", scope = "Company", scopeId = "company" } } },
                // A9.2, A9.3: the host refuses an organisation without a liaison and manager per project and a head per branch.
                new { id = Liaison, name = "Liaison", phone = "13800130011", roles = Holding("ProjectLiaison", "Project", list.Select(p => p.Id)) },
                new { id = Manager, name = "Manager", phone = "13800130012", roles = Holding("ProjectManager", "Project", list.Select(p => p.Id)) },
                new { id = "bench-head", name = "Branch head", phone = "13800130013", roles = Holding("BranchHead", "Branch", branches.Select(b => b.id)) },
                // Issue 12: the bulletin is published and the week's summaries drafted by QualityDept.
                new { id = Quality, name = "Quality head", phone = "13800130014", roles = Holding("QualityDeptHead", "Company", ["company"]) },
            },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document));
        return list;
    }

    /// <summary>The branch of the project at <paramref name="projectIndex"/> (0-based) in the list <see cref="Write"/> answers.</summary>
    public static string BranchOf(int projectIndex) => $"b{projectIndex / ProjectsPerBranch + 1:00}";

    private static object[] Holding(string role, string scope, IEnumerable<string> scopeIds) =>
        [.. scopeIds.Select(id => new { role, scope, scopeId = id })];

    /// <summary>Sizes vary ±50% around the mean in pairs that cancel; the last project takes the rest so the sum is exact.</summary>
    private static List<GeneratedProject> Projects(int count, int households)
    {
        var mean = households / count;
        var sizes = Enumerable.Range(0, count).Select(i => mean + (i % 2 == 0 ? 1 : -1) * (i / 2 * 53 % Math.Max(1, mean / 2))).ToArray();
        sizes[^1] = households - sizes[..^1].Sum();
        return [.. sizes.Select((h, i) => new GeneratedProject($"p{i + 1:0000}", h))];
    }
}
