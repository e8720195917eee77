namespace Hotline.Reporting.Tests.Support;

/// <summary>The tests that move their clock past whole report weeks, on a host of their own.</summary>
[CollectionDefinition(Name)]
public sealed class WeekOverCollection : ICollectionFixture<WeekOverFixture>
{
    public const string Name = "week-over";
}
