using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Support;

/// <summary>
/// A host of its own whose reporting calendar makes Friday 2026-12-04 (ISO week 49) a holiday, so that week's summaries
/// are due Thursday 2026-12-03 17:00. The clock starts Friday 2026-11-27 10:00 (DemoClock), inside week 49's period.
/// </summary>
public sealed class HolidayFridayFixture : HostFixture
{
    public const string Week = "2026-W49";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:Reporting:Holidays:0"] = "2026-12-04",
    };
}
