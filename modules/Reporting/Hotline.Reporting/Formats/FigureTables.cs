using Hotline.Kernel;
using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Formats;

/// <summary>
/// The figure tables of one scope (A6, A8.1.4, A8.3.2) with Traditional Chinese labels, shared by the overview,
/// the weekly summary and the monthly bulletin: totals, intake by kind / category / channel, open by state, the
/// clocks' on-time rates, warnings, suggestions, ratings, same-issue shares against the 5% line, penalty points.
/// </summary>
public static class FigureTables
{
    public static IReadOnlyList<ReportTable> Of(OverviewFigures f) =>
    [
        Summary(f),
        Share("收件量（類型）", "類型", f.Received.ByKind, f.Received.Total),
        Share("收件量（類別）", "類別", f.Received.ByCategory, f.Received.Total),
        Share("收件量（渠道）", "渠道", f.Received.ByChannel, f.Received.Total),
        new ReportTable("未結（狀態）", ["狀態", "件數"], [.. f.OpenByStatus.Select(s => Row(ReportWords.Of(s.Name), s.Count))])
        {
            Chart = new ReportChart("未結件數（按狀態）", 0, 1),
        },
        Clocks(f.Clocks),
        .. WarningTables.Of(f.Warnings),
        new ReportTable("建議採納", ["結果", "件數"],
        [
            Row("採納", f.Suggestions.Adopted), Row("不採納", f.Suggestions.NotAdopted), Row("未決定", f.Suggestions.Undecided),
        ])
        {
            Chart = new ReportChart("建議採納", 0, 1),
        },
        new ReportTable("評分", ["項目", "評分件數", "平均分"],
        [
            Row("整體滿意度", f.Ratings.Rated, f.Ratings.Overall), Row("處理速度", f.Ratings.Rated, f.Ratings.Speed),
            Row("服務態度", f.Ratings.Rated, f.Ratings.Attitude),
        ]),
        SameIssues(f.SameIssues, f.SameIssueLine),
        new ReportTable("扣分", ["月份", "扣分"], [Row(f.PenaltyMonth, f.PenaltyPoints)]),
    ];

    /// <summary>The period's totals; invalid complaints are counted here and left out of every clock figure (A10.4).</summary>
    private static ReportTable Summary(OverviewFigures f) => new("概覽", ["項目", "件數"],
    [
        Row("收件總量", f.Received.Total),
        Row("目前未結", f.OpenByStatus.Sum(s => s.Count)),
        Row("無效投訴（不計入時效）", f.InvalidComplaints),
        Row("本期預警", f.Warnings.RaisedByLevel.Sum(l => l.Count)),
    ]);

    private static ReportTable Share(string name, string label, IReadOnlyList<NamedCount> counts, long total) =>
        new(name, [label, "件數", "佔比"],
            [.. counts.Select(c => Row(ReportWords.Of(c.Name), c.Count, total > 0 ? new Percent((double)c.Count / total) : null))])
        {
            Chart = new ReportChart(name, 0, 1),
        };

    private static ReportTable Clocks(IReadOnlyList<ClockFigures> clocks) =>
        new("各時限準時率", ["時限", "準時", "逾時完成", "逾時未完成", "計時中", "準時率"],
            [.. clocks.Select(c => Row(ReportWords.Of(c.Clock), c.MetOnTime, c.MetLate, c.BreachedOpen, c.Running,
                c.OnTimeRate is { } rate ? new Percent(rate) : null))])
        {
            Chart = new ReportChart("各時限準時率", 0, 5),
        };

    /// <summary>
    /// Each issue key's share of the scope's households, the policy's line (A11.3, the figures' one SameIssueLine) drawn across the bars. The figures give
    /// share and line in percent (6 = 6%); the tables carry fractions like every other <see cref="Percent"/>.
    /// </summary>
    private static ReportTable SameIssues(IReadOnlyList<SameIssueFigure> issues, double linePercent)
    {
        var line = linePercent / 100;
        return new ReportTable("同一問題", ["問題", "反映戶數", "總戶數", "佔比", $"達{line:0.#%}線"],
            [.. issues.Select(i => Row(i.IssueKey, i.Households, i.HouseholdTotal, new Percent(i.Share / 100), i.Reached))])
        {
            Chart = new ReportChart($"同一問題佔總戶數比例（{line:0.#%}線）", 0, 3, line),
        };
    }

    internal static IReadOnlyList<object?> Row(params object?[] values) => values;
}
