namespace Hotline.Cluster.Tests.Crash;

/// <summary>The crash test runs alone: two child hosts plus a SIGKILL must not share two cores with other clusters.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "Silo crash";
}
