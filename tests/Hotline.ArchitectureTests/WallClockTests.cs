using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 7: sources under modules/ and plugins/ never read the wall clock directly.</summary>
public sealed class WallClockTests
{
    private static readonly string[] DomainFolders = ["modules", "plugins"];

    [Fact]
    public void DomainSources_UnderModulesAndPlugins_NoWallClock()
    {
        Assert.True(WallClockRules.CountFiles(RepoRoot.Path, DomainFolders) > 0, "No .cs file found under modules/ or plugins/.");
        Verdict.NoViolations(
            "DateTime/DateTimeOffset .Now/.UtcNow (inject TimeProvider instead)",
            WallClockRules.ScanFolders(RepoRoot.Path, DomainFolders));
    }

    [Fact]
    public void WallClockRule_CounterExampleTree_ReportsSourcesNotBuildOutput()
    {
        using var tree = new TempTree();
        tree.Write("modules/A/Clocks.cs", """
            using static System.DateTimeOffset;
            // DateTime.UtcNow in a comment is fine.
            class Clocks
            {
                object a = DateTime.Now;
                object b = System.DateTime.UtcNow;
                object c = DateTimeOffset . UtcNow;
                object d = DateTimeOffset.Now.AddDays(1);
                object e = TimeProvider.System.GetUtcNow();
                object f = MyDateTime.Now;
            }
            """);
        tree.Write("modules/A/obj/Generated.cs", "class G { object a = DateTime.UtcNow; }");
        tree.Write("plugins/B/bin/Copied.cs", "class G { object a = DateTime.UtcNow; }");
        tree.Write("plugins/B/Plugin.cs", "class P { object a = DateTimeOffset.UtcNow; }");

        var violations = WallClockRules.ScanFolders(tree.Root, DomainFolders).ToList();

        Verdict.Reports(
            violations,
            "modules/A/Clocks.cs:1: using static System.DateTimeOffset;",
            "modules/A/Clocks.cs:5:",
            "modules/A/Clocks.cs:6:",
            "modules/A/Clocks.cs:7:",
            "modules/A/Clocks.cs:8:",
            "plugins/B/Plugin.cs:1:");
        Assert.Equal(6, violations.Count);
    }
}
