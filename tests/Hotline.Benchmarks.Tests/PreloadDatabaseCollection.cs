namespace Hotline.Benchmarks.Tests;

/// <summary>Every test of the preload's fill reads the one filled database.</summary>
[CollectionDefinition(Name)]
public sealed class PreloadDatabaseCollection : ICollectionFixture<PreloadDatabase>
{
    public const string Name = "preload database";
}
