namespace Hotline.Reporting.Tests.Support;

/// <summary>The late-summary test's own host (its holiday calendar differs from the shared one).</summary>
[CollectionDefinition(Name)]
public sealed class HolidayFridayCollection : ICollectionFixture<HolidayFridayFixture>
{
    public const string Name = "holiday-friday";
}
