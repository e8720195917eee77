using Orleans;

// These types are broken on purpose; Orleans' own analyzers see part of it (within one assembly) and must not stop the build.
#pragma warning disable ORLEANS0004 // missing [Id]
#pragma warning disable ORLEANS0011 // duplicated [Alias]
#pragma warning disable ORLEANS0012 // duplicated [Id]

namespace Hotline.ArchitectureTests.CounterExamples;

/// <summary>
/// Serializable types that break rule 5 (and a few that keep it), for proving the rule fails.
/// They live in the test assembly, which no real-tree rule scans.
/// </summary>
internal static class SerializationExamples
{
    [GenerateSerializer]
    [Alias("Hotline.Examples.PlainClass")]
    public sealed class PlainClass
    {
        [Id(0)]
        public int Value { get; set; }
    }

    [GenerateSerializer]
    [Alias("Hotline.Examples.Struct")]
    public struct Struct
    {
        [Id(0)]
        public int Value;
    }

    [GenerateSerializer]
    [Alias("Hotline.Examples.OpenRecord")]
    public record OpenRecord([property: Id(0)] int Value);

    [GenerateSerializer]
    public sealed record Unaliased([property: Id(0)] int Value);

    [GenerateSerializer]
    [Alias("Examples.ForeignAlias")]
    public sealed record ForeignAlias([property: Id(0)] int Value);

    [GenerateSerializer]
    [Alias("Hotline.Examples.MissingIds")]
    public sealed record MissingIds([property: Id(0)] int Kept, int Positional)
    {
        public string? InitOnly { get; init; }

        public bool Computed => Kept > 0;
    }

    [GenerateSerializer]
    [Alias("Hotline.Examples.SharedId")]
    public sealed record SharedId
    {
        [Id(0)]
        public int First { get; init; }

        [Id(0)]
        public int Second { get; init; }
    }

    [GenerateSerializer]
    [Alias("Hotline.Examples.Twice")]
    public sealed record TwiceA([property: Id(0)] int Value);

    [GenerateSerializer]
    [Alias("Hotline.Examples.Twice")]
    public sealed record TwiceB([property: Id(0)] int Value);

    [GenerateSerializer]
    [Alias("Hotline.Examples.Positional")]
    public sealed record Positional([property: Id(0)] int Left, [property: Id(1)] int Right)
    {
        public int Sum => Left + Right;
    }

    /// <summary>The base of a message family: abstract, so only its sealed derived records go on the wire.</summary>
    [GenerateSerializer]
    [Alias("Hotline.Examples.AbstractBase")]
    public abstract record AbstractBase([property: Id(0)] string RequestId);

    [GenerateSerializer]
    [Alias("Hotline.Examples.InitProperties")]
    public sealed record InitProperties
    {
        [Id(0)]
        public int Value { get; init; }

        [field: Id(1)]
        public string Name { get; init; } = string.Empty;
    }

    [GenerateSerializer]
    [Alias("Hotline.Examples.Kind")]
    public enum Kind
    {
        First = 1,
    }
}
