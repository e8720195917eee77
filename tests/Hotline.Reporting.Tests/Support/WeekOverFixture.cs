using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Support;

/// <summary>
/// A host of its own whose clock a test moves past whole report weeks (only a week that is over is drafted), so the
/// shared host's clock stays where its tests expect it. Overdue warnings start late here (30/60/90 days instead of
/// 3/7/15), so a jump of two weeks raises none of its own and a test's warnings are the ones it raised.
/// </summary>
public sealed class WeekOverFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:Escalation:OverdueBlueDays"] = "30",
        ["Hotline:Escalation:OverdueYellowDays"] = "60",
        ["Hotline:Escalation:OverdueRedDays"] = "90",
    };
}
