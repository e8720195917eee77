namespace Hotline.Reporting.Tests.Support;

/// <summary>The reporting tests share one host and one clock and run one after another; the clock only moves forward.</summary>
[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<ReportingFixture>
{
    public const string Name = "reporting";
}
