using Hotline.Reporting.Formats;

namespace Hotline.Reporting.Analyses;

/// <summary>The analysis laid out for people (Chinese labels), one table per part, for the workbook, the CSV and the printable page.</summary>
public static class WeeklyAnalysisDocument
{
    private static readonly string[] TrendColumns = ["名稱", "本週", "上週", "變化", "變化率"];

    public static ReportDocument Of(WeeklyAnalysis a, int? version, TimeZoneInfo zone)
    {
        var edition = version is { } v ? $"第 {v} 版" : "草稿（未發布）";
        return new ReportDocument(
            $"品質部週分析 {a.Week}",
            $"{edition} · 統計期 {Day(a.Period.From, zone)} 至 {Day(a.Period.To.AddDays(-1), zone)} · 對比上週 {a.PreviousWeek} · 截至 {ReportCulture.Display(a.ComputedAt, zone)}"
                + (a.Complete ? "" : "（本週未完）"),
            [
                Trend("受理總量", [a.Received with { Name = "全公司" }]),
                Trend("分公司趨勢", a.ByBranch),
                Trend("項目趨勢", a.ByProject),
                Trend("類別趨勢", Named(a.ByCategory)),
                Trend("渠道趨勢", Named(a.ByChannel)),
                new ReportTable("熱點問題", ["問題", "戶數", "工單", "項目數"],
                    [.. a.TopIssueKeys.Select(k => Row(k.IssueKey, k.Households, k.Tickets, k.Projects))]) { Chart = new ReportChart("熱點問題戶數", 0, 1) },
                Trend("預警級別趨勢", Named(a.WarningsByLevel)),
                new ReportTable("扣分", ["分公司", "藍色", "黃色", "紅色", "撤銷", "淨扣分"],
                    [.. a.Penalties.Select(p => Row(p.BranchId ?? "公司級", p.Blue, p.Yellow, p.Red, p.Reversals, p.Points)), Row("合計", null, null, null, null, a.PenaltyPoints)]),
                new ReportTable("最慢時限", ["時限", "項目", "分公司", "已判定", "準時", "超時", "準時率"],
                    [.. a.SlowestClocks.SelectMany(c => (IEnumerable<IReadOnlyList<object?>>)[
                        Row(ReportWords.Of(c.Clock), "全公司", null, c.Decided, c.OnTime, c.Breached, Rate(c.OnTimeRate)),
                        .. c.Projects.Select(p => Row(ReportWords.Of(c.Clock), p.ProjectId, p.BranchId, p.Decided, p.OnTime, p.Breached, Rate(p.OnTimeRate)))])]),
                new ReportTable("遲交週報", ["項目", "分公司", "簽署時間"], [.. a.LateSummaries.Select(l => Row(l.ProjectId, l.BranchId, l.SignedAt))]),
                new ReportTable("紅色預警", ["預警", "項目", "分公司", "工單", "觸發", "狀態", "發出時間"],
                    [.. a.RedWarnings.Select(r => Row(r.WarningId.ToString(), r.ProjectId, r.BranchId, r.TicketId?.ToString(), r.Trigger, ReportWords.Of(r.Status), r.RaisedAt))]),
                new ReportTable("重大投訴", ["工單號", "項目", "分公司", "原因", "標記人", "標記時間"],
                    [.. a.MajorComplaints.Select(m => Row(m.Number, m.ProjectId, m.BranchId, m.Reason, m.MarkedBy, m.MarkedAt))]),
            ]);
    }

    private static ReportTable Trend(string name, IReadOnlyList<TrendRow> rows) =>
        new(name, TrendColumns, [.. rows.Select(r => Row(r.Name, r.ThisWeek, r.PreviousWeek, r.Change, Rate(r.ChangeRate)))]) { Chart = new ReportChart(name, 0, 1) };

    private static IReadOnlyList<TrendRow> Named(IReadOnlyList<TrendRow> rows) => [.. rows.Select(r => r with { Name = ReportWords.Of(r.Name) })];

    private static Percent? Rate(double? rate) => rate is { } r ? new Percent(r) : null;

    private static string Day(DateTimeOffset at, TimeZoneInfo zone) => ReportCulture.Local(at, zone).ToString(ReportCulture.DatePattern, System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<object?> Row(params object?[] values) => values;
}
