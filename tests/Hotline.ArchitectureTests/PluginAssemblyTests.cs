using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 1, built assemblies: artifacts/plugins/&lt;Name&gt;/&lt;Name&gt;.dll, read without loading.</summary>
public sealed class PluginAssemblyTests
{
    [Fact]
    public void PluginAssemblies_BuiltReferences_OnlyAbstractionsBclAndExtensionsAbstractions()
    {
        var plugins = RepoProjects.Current.Plugins.ToList();
        Assert.NotEmpty(plugins);
        var violations = new List<string>();
        foreach (var plugin in plugins)
        {
            var dll = PluginPaths.Assembly(plugin);
            if (!File.Exists(dll))
            {
                violations.Add($"{plugin}: not built to {dll}");
                continue;
            }

            violations.AddRange(PluginRules.CheckAssembly(plugin.Name, AssemblyReferences.Read(dll)));
        }

        Verdict.NoViolations("Plugin assembly references", violations);
    }

    [Fact]
    public void PluginAssemblyRule_ModuleAssemblyChecked_ReportsOrleans()
    {
        // A real assembly that must fail: the Tickets module references Orleans and other Hotline assemblies.
        var tickets = Path.Combine(AppContext.BaseDirectory, "Hotline.Tickets.dll");

        Verdict.Reports(
            PluginRules.CheckAssembly("Hotline.Tickets", AssemblyReferences.Read(tickets)),
            "Hotline.Tickets.dll references Orleans.Core",
            "Hotline.Tickets.dll references Hotline.Tickets.Contracts");
    }

    [Theory]
    [InlineData("Hotline.Plugins.Abstractions", true)]
    [InlineData("Hotline.Plugins.Kit", true)]
    [InlineData("Hotline.Plugins.KitX", false)]
    [InlineData("System.Runtime", true)]
    [InlineData("System", true)]
    [InlineData("netstandard", true)]
    [InlineData("Microsoft.Win32.Primitives", true)]
    [InlineData("Microsoft.Extensions.DependencyInjection.Abstractions", true)]
    [InlineData("Microsoft.Extensions.Logging.Abstractions", true)]
    [InlineData("Microsoft.Extensions.Logging", false)]
    [InlineData("Orleans.Core.Abstractions", false)]
    [InlineData("Hotline.Tickets.Contracts", false)]
    [InlineData("Hotline.Host", false)]
    [InlineData("Microsoft.CSharp", false)]
    [InlineData("SystemX", false)]
    public void IsAllowedAssembly_AssemblyName_Expected(string name, bool expected)
    {
        Assert.Equal(expected, PluginRules.IsAllowedAssembly(name));
    }
}
