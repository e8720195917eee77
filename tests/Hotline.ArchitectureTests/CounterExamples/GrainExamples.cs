using Orleans;

namespace Hotline.ArchitectureTests.CounterExamples;

/// <summary>Grain interfaces and classes that break rule 6 (and one pair that keeps it).</summary>
internal static class GrainExamples
{
    public interface IUnaliasedGrain : IGrainWithStringKey;

    [Alias("Hotline.Examples.IAliasedGrain")]
    public interface IAliasedGrain : IGrainWithStringKey;

    public class Worker : IUnaliasedGrain;

    public sealed class AliasedGrain : IAliasedGrain;
}
