using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Formats;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// A bulletin version as a workbook, CSV or printable page: the company's headline against last month and last year,
/// the branches in rank order, the projects, then the company's intake and clocks. Only what the caller may see.
/// </summary>
public static class BulletinDocument
{
    private static readonly string[] HeadlineColumns = ["收件量", "準時率", "預警", "扣分", "無效投訴", "建議採納率", "平均評分", "逾期周報"];

    public static ReportDocument Of(BulletinResponse r, TimeZoneInfo zone)
    {
        var b = r.Bulletin;
        var status = r.Replaced ? $"已被第 {r.ReplacedBy} 版取代" : "現行版本";
        return new ReportDocument(
            $"月度通報 {r.Month}（第 {r.Version} 版）",
            $"{ReportWords.Period(new ReportPeriod(b.From, b.To), zone)} · 發布於 {ReportCulture.Display(r.PublishedAt, zone)}（{r.PublishedBy}）· {status} · 排名：扣分少者先，再比準時率，再比分公司編號",
            [
                Company(b),
                Units("分公司排名", ["排名", "分公司"], b.Branches, u => [u.Rank, u.Id], new ReportChart("各分公司扣分", 1, 5)),
                Units("各項目", ["項目", "分公司"], b.Projects, u => [u.Id, u.BranchId], new ReportChart("各項目收件量", 0, 2)),
                Counts("收件量（類型）", "類型", b.Company.Figures.ByKind),
                Counts("收件量（類別）", "類別", b.Company.Figures.ByCategory),
                Counts("收件量（渠道）", "渠道", b.Company.Figures.ByChannel),
                Clocks(b.Company.Figures),
            ]);
    }

    /// <summary>The download's name: bulletin-2026-10-v2.</summary>
    public static string FileName(BulletinResponse r) => $"bulletin-{r.Month}-v{r.Version}";

    /// <summary>The company's headline figures this month, last month, the same month last year, and the changes.</summary>
    private static ReportTable Company(MonthlyBulletin b)
    {
        var u = b.Company;
        var columns = new[] { u.Headline, u.PreviousMonth, u.ChangeVsPreviousMonth, u.SameMonthLastYear, u.ChangeVsSameMonthLastYear }
            .Select(Values).ToList();
        return new ReportTable("全公司", ["項目", $"本月 {b.Month}", $"上月 {b.PreviousMonth}", "較上月", $"去年同月 {b.SameMonthLastYear}", "較去年同月"],
            [.. HeadlineColumns.Select((name, i) => (IReadOnlyList<object?>)[name, .. columns.Select(c => c[i])])]);
    }

    /// <summary>One row per branch or project: its keys, the headline, the intake's change against last month and last year.</summary>
    private static ReportTable Units(string name, string[] keys, IReadOnlyList<BulletinUnit> units, Func<BulletinUnit, object?[]> key, ReportChart chart) =>
        new(name, [.. keys, .. HeadlineColumns, "收件量較上月", "收件量較去年同月"],
            [.. units.Select(u => (IReadOnlyList<object?>)[.. key(u), .. Values(u.Headline), u.ChangeVsPreviousMonth.Received, u.ChangeVsSameMonthLastYear.Received])])
        {
            Chart = chart,
        };

    private static object?[] Values(BulletinHeadline h) =>
    [
        h.Received, Rate(h.OnTimeRate), h.WarningsRaised, h.PenaltyPoints, h.InvalidComplaints, Rate(h.AdoptionRate), h.AverageRating, h.LateWeeklySummaries,
    ];

    private static ReportTable Counts(string name, string label, IReadOnlyList<NamedCount> counts) =>
        new(name, [label, "件數"], [.. counts.Select(c => (IReadOnlyList<object?>)[ReportWords.Of(c.Name), c.Count])])
        {
            Chart = new ReportChart(name, 0, 1),
        };

    private static ReportTable Clocks(BulletinFigures f) =>
        new("各時限準時率", ["時限", "準時", "逾時完成", "逾時未完成", "計時中", "準時率"],
            [.. f.Clocks.Select(c => (IReadOnlyList<object?>)[ReportWords.Of(c.Clock), c.MetOnTime, c.MetLate, c.BreachedOpen, c.Running, Rate(c.OnTimeRate)])])
        {
            Chart = new ReportChart("各時限準時率", 0, 5),
        };

    private static Percent? Rate(double? rate) => rate is { } r ? new Percent(r) : null;
}
