using Hotline.Reporting.Formats;

namespace Hotline.Reporting.Tests.Formats;

/// <summary>A small report with known values: counts, a percentage, a time, text that must be escaped, and a chart with a line.</summary>
public static class SampleReport
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>10:30 UTC is 18:30 in Shanghai (UTC+8, no daylight saving).</summary>
    public static readonly DateTimeOffset RaisedAt = new(2026, 12, 4, 10, 30, 0, TimeSpan.Zero);

    public static ReportDocument Document() => new("即時概覽 <全公司>", "2026-12-01 至 2026-12-31",
    [
        new ReportTable("收件量（類型）", ["類型", "件數", "佔比"],
        [
            Row("投訴", 12345L, new Percent(0.125)),
            Row("報修", 3L, new Percent(0.5)),
            Row("<b>建議</b> & \"x\"", 0L, null),
        ])
        {
            Chart = new ReportChart("收件量", 0, 1),
        },
        new ReportTable("同一問題", ["問題", "佔比", "發出時間", "備註"],
        [
            Row("漏水-5棟", new Percent(0.08), RaisedAt, "=1+1"),
            Row("電梯", new Percent(0.02), null, "-"),
        ])
        {
            Chart = new ReportChart("同一問題佔比", 0, 1, 0.05),
        },
        new ReportTable("扣分", ["月份", "扣分"], [Row("2026-12", -2.5m)]),
    ]);

    public static IReadOnlyList<object?> Row(params object?[] values) => values;
}
