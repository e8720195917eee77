namespace Hotline.Browser.Tests;

/// <summary>The browser tests that move time: they share one <see cref="MovingClockFixture"/>, never the portal's host.</summary>
[CollectionDefinition(Name)]
public sealed class MovingClockCollection : ICollectionFixture<MovingClockFixture>
{
    public const string Name = "moving-clock";
}
