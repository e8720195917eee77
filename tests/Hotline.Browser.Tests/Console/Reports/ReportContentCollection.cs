namespace Hotline.Browser.Tests.Console.Reports;

/// <summary>
/// The report-content tests: a moving-clock host of their own (own database, demo organisation, no other test's
/// tickets), so the analysis and the bulletin they read hold only what they registered, and every figure is exact.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReportContentCollection : ICollectionFixture<MovingClockFixture>
{
    public const string Name = "report-content";
}
