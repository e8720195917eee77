using Hotline.TestKit;

namespace Hotline.Host.Tests.Deployment;

/// <summary>docs/operations.md names every configuration key (in backticks), so a new setting cannot go undocumented.</summary>
public sealed class OperationsDocTests
{
    private static string Doc => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "operations.md"));

    [Fact]
    public void EveryConfigurationKey_OfOptionsClassesConfigFilesAndSources_IsInTheOperationsDoc()
    {
        var doc = Doc;

        // A section name (read as GetSection("Hotline:Portal")) is documented by the keys under it.
        var missing = ConfigurationKeys.All()
            .Where(k => !doc.Contains($"`{k}`", StringComparison.Ordinal) && !doc.Contains($"`{k}:", StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, $"docs/operations.md does not name {missing.Count} key(s):\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void KeyCollector_FindsKeysOfEachSource()
    {
        // Guards the guard: a collector that finds nothing would pass the test above.
        Assert.Contains("Hotline:Cluster:SiloPort", ConfigurationKeys.FromOptionsClasses());
        Assert.Contains("Hotline:Security:Sso:Authority", ConfigurationKeys.FromOptionsClasses());
        Assert.Contains("Hotline:Database:MigrateAtStart", ConfigurationKeys.FromOptionsClasses());
        Assert.Contains("Hotline:Sla:Limits:Start:Duration", ConfigurationKeys.FromOptionsClasses());
        Assert.Contains("Urls", ConfigurationKeys.FromConfigFiles());
        Assert.Contains("Hotline:Escalation:DeadlineNoticeLead", ConfigurationKeys.FromConfigFiles());
        Assert.Contains("ConnectionStrings:Hotline", ConfigurationKeys.FromSourceLiterals());
        Assert.Contains("Hotline:Live", ConfigurationKeys.FromSourceLiterals());
    }

    [Fact]
    public void Doc_PointsAtTheDeployFilesThatExist()
    {
        var doc = Doc;

        foreach (var file in new[] { "deploy/Dockerfile", "deploy/systemd/hotline.service", "deploy/postgres/silo-role.sql", "deploy/kubernetes/deployment.yaml" })
        {
            Assert.Contains(file, doc);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, file)), file);
        }
    }
}
