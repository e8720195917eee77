using Hotline.Reporting.Formats;

namespace Hotline.Reporting.Analyses;

/// <summary>The analysis laid out for people (Chinese labels), one table per part, for the workbook, the CSV and the printable page.</summary>
public static class WeeklyAnalysisDocument
{
    private static readonly string[] TrendColumns = ["名稱", "本週", "上週", "變化", "變化率"];

    public static ReportDocument Of(WeeklyAnalysis a, int? version)
    {
        var edition = version is { } v ? $"第 {v} 版" : "草稿（未發布）";
        return new ReportDocument(
            $"品質部週分析 {a.Week}",
            $"{edition} · 統計期 {a.Period.From:yyyy-MM-dd HH:mm}Z 至 {a.Period.To:yyyy-MM-dd HH:mm}Z · 對比 {a.PreviousWeek} · 截至 {a.ComputedAt:yyyy-MM-dd HH:mm}Z",
            [
                Trend("受理總量", [a.Received]),
                Trend("分公司趨勢", a.ByBranch),
                Trend("項目趨勢", a.ByProject),
                Trend("類別趨勢", a.ByCategory),
                Trend("渠道趨勢", a.ByChannel),
                new ReportTable("熱點問題", ["問題", "戶數", "工單", "項目數"],
                    [.. a.TopIssueKeys.Select(k => Row(k.IssueKey, k.Households, k.Tickets, k.Projects))]) { Chart = new ReportChart("熱點問題戶數", 0, 1) },
                Trend("預警級別趨勢", a.WarningsByLevel),
                new ReportTable("扣分", ["分公司", "藍色", "黃色", "紅色", "撤銷", "淨扣分"],
                    [.. a.Penalties.Select(p => Row(p.BranchId ?? "公司級", p.Blue, p.Yellow, p.Red, p.Reversals, p.Points)), Row("合計", null, null, null, null, a.PenaltyPoints)]),
                new ReportTable("最慢時限", ["時限", "項目", "分公司", "已判定", "準時", "超時", "準時率"],
                    [.. a.SlowestClocks.SelectMany(c => (IEnumerable<IReadOnlyList<object?>>)[
                        Row(c.Clock, "全公司", null, c.Decided, c.OnTime, c.Breached, c.OnTimeRate),
                        .. c.Projects.Select(p => Row(c.Clock, p.ProjectId, p.BranchId, p.Decided, p.OnTime, p.Breached, p.OnTimeRate))])]),
                new ReportTable("遲交週報", ["項目", "分公司", "簽署時間"], [.. a.LateSummaries.Select(l => Row(l.ProjectId, l.BranchId, l.SignedAt))]),
                new ReportTable("紅色預警", ["預警", "項目", "分公司", "工單", "觸發", "狀態", "發出時間"],
                    [.. a.RedWarnings.Select(r => Row(r.WarningId.ToString(), r.ProjectId, r.BranchId, r.TicketId?.ToString(), r.Trigger, r.Status, r.RaisedAt))]),
                new ReportTable("重大投訴", ["工單號", "項目", "分公司", "原因", "標記人", "標記時間"],
                    [.. a.MajorComplaints.Select(m => Row(m.Number, m.ProjectId, m.BranchId, m.Reason, m.MarkedBy, m.MarkedAt))]),
            ]);
    }

    private static ReportTable Trend(string name, IReadOnlyList<TrendRow> rows) =>
        new(name, TrendColumns, [.. rows.Select(r => Row(r.Name, r.ThisWeek, r.PreviousWeek, r.Change, r.ChangeRate))]) { Chart = new ReportChart(name, 0, 1) };

    private static IReadOnlyList<object?> Row(params object?[] values) => values;
}
