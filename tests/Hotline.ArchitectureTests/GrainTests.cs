using Hotline.ArchitectureTests.CounterExamples;
using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.Repository;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 6: grain interfaces in Contracts carry an [Alias]; grain classes are sealed and named *Grain.</summary>
public sealed class GrainTests
{
    [Fact]
    public void GrainInterfaces_InContractsAssemblies_HaveAlias()
    {
        var interfaces = ModuleAssemblies.Load()
            .Where(m => m.Project.Role == ModuleRole.Contracts)
            .SelectMany(m => TypeScan.WrittenTypes(m.Assembly))
            .Where(GrainRules.IsGrainInterface)
            .ToList();
        Assert.NotEmpty(interfaces);
        Verdict.NoViolations("Grain interfaces", interfaces.SelectMany(GrainRules.CheckInterface));
    }

    [Fact]
    public void GrainClasses_InModuleAssemblies_SealedAndNamedGrain()
    {
        var classes = ModuleAssemblies.Load()
            .SelectMany(m => TypeScan.WrittenTypes(m.Assembly))
            .Where(GrainRules.IsGrainClass)
            .ToList();
        Assert.NotEmpty(classes);
        Verdict.NoViolations("Grain classes", classes.SelectMany(GrainRules.CheckClass));
    }

    [Fact]
    public void GrainRule_CounterExamples_Reported()
    {
        Verdict.Reports(GrainRules.CheckInterface(typeof(GrainExamples.IUnaliasedGrain)), "GrainExamples+IUnaliasedGrain", "has no [Alias]");
        Verdict.Reports(GrainRules.CheckClass(typeof(GrainExamples.Worker)), "GrainExamples+Worker", "is not sealed", "does not end with 'Grain'");
    }

    [Fact]
    public void GrainRule_WellFormedExamples_NoViolation()
    {
        Assert.True(GrainRules.IsGrainInterface(typeof(GrainExamples.IAliasedGrain)));
        Assert.True(GrainRules.IsGrainClass(typeof(GrainExamples.AliasedGrain)));
        Assert.Empty(GrainRules.CheckInterface(typeof(GrainExamples.IAliasedGrain)));
        Assert.Empty(GrainRules.CheckClass(typeof(GrainExamples.AliasedGrain)));
    }
}
