using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Formats;

namespace Hotline.Reporting.Tests.Formats;

/// <summary>The figure tables every report shares: Chinese names, the figures in place, the same-issue chart on the 5% line.</summary>
public sealed class FigureTablesTests
{
    private static readonly OverviewFigures Figures = new(
        ReportScope.Project("p-1"),
        ReportPeriod.OfMonth(2026, 12, SampleReport.Shanghai),
        new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero),
        new ReceivedFigures(8, [new("Complaint", 6), new("Suggestion", 2)], [new("engineering", 5), new("nobody-knows", 3)], [new("call-center", 8)]),
        [new("Started", 2), new("InProgress", 1)],
        [new("Start", 3, 1, 1, 0, 0.75), new("SuggestionReply", 0, 0, 0, 2, null)],
        new WarningFigures([new("Yellow", 2), new("Red", 1)], [new("Red", 1)], 3, 12.5, 1, 90),
        2,
        new SuggestionFigures(1, 0, 1),
        new RatingFigures(4, 4.5, 4.25, 5),
        [new SameIssueFigure("漏水-5棟", 6, 120, 5.0, 5, true)],
        "2026-12",
        -3m,
        5);

    [Fact]
    public void Tables_are_named_in_Chinese_in_the_order_people_read_them()
    {
        Assert.Equal(
            ["概覽", "收件量（類型）", "收件量（類別）", "收件量（渠道）", "未結（狀態）", "各時限準時率", "預警（級別）", "預警處理時效", "建議採納", "評分", "同一問題", "扣分"],
            FigureTables.Of(Figures).Select(t => t.Name));
    }

    [Fact]
    public void Kinds_categories_channels_and_states_are_shown_in_Chinese_with_their_share()
    {
        var tables = FigureTables.Of(Figures).ToDictionary(t => t.Name);

        Assert.Equal([Row("投訴", 6L, new Percent(0.75)), Row("建議", 2L, new Percent(0.25))], tables["收件量（類型）"].Rows);
        Assert.Equal([Row("工程維修", 5L, new Percent(0.625)), Row("nobody-knows", 3L, new Percent(0.375))], tables["收件量（類別）"].Rows);
        Assert.Equal([Row("客服平臺400投訴", 8L, new Percent(1))], tables["收件量（渠道）"].Rows);
        Assert.Equal([Row("已啟動", 2L), Row("按方案處理中", 1L)], tables["未結（狀態）"].Rows);
    }

    [Fact]
    public void The_summary_counts_invalid_complaints_apart_and_totals_open_tickets_and_warnings()
    {
        var summary = FigureTables.Of(Figures)[0];

        Assert.Equal([Row("收件總量", 8L), Row("目前未結", 3L), Row("無效投訴（不計入時效）", 2L), Row("本期預警", 3L)], summary.Rows);
    }

    [Fact]
    public void Clocks_warnings_suggestions_ratings_and_penalties_are_in_place()
    {
        var tables = FigureTables.Of(Figures).ToDictionary(t => t.Name);

        Assert.Equal([Row("啟動處理", 3L, 1L, 1L, 0L, new Percent(0.75)), Row("建議答覆", 0L, 0L, 0L, 2L, null)], tables["各時限準時率"].Rows);
        Assert.Equal([Row("藍色預警", 0L, 0L), Row("黃色預警", 2L, 0L), Row("紅色預警", 1L, 1L)], tables["預警（級別）"].Rows);
        Assert.Equal([Row("核實（發出至核實）", 3L, 12.5), Row("答覆（核實至答覆）", 1L, 90d)], tables["預警處理時效"].Rows);
        Assert.Equal([Row("採納", 1L), Row("不採納", 0L), Row("未決定", 1L)], tables["建議採納"].Rows);
        Assert.Equal([Row("整體滿意度", 4L, 4.5), Row("處理速度", 4L, 4.25), Row("服務態度", 4L, 5d)], tables["評分"].Rows);
        Assert.Equal([Row("2026-12", -3m)], tables["扣分"].Rows);
    }

    [Fact]
    public void A11_3_same_issue_shares_are_charted_against_the_5_percent_line()
    {
        var sameIssue = FigureTables.Of(Figures).Single(t => t.Name == "同一問題");

        Assert.Equal(["問題", "反映戶數", "總戶數", "佔比", "達5%線"], sameIssue.Columns);
        // The figures give percent: 6 of 120 households is 5.0 (%), on the line, so reached.
        Assert.Equal([Row("漏水-5棟", 6L, 120L, new Percent(0.05), true)], sameIssue.Rows);
        Assert.Equal(new ReportChart("同一問題佔總戶數比例（5%線）", 0, 3, 0.05), sameIssue.Chart);
    }

    [Fact]
    public void A11_3_without_issues_the_line_drawn_is_the_figures_line_not_a_fixed_5()
    {
        var sameIssue = FigureTables.Of(Figures with { SameIssues = [], SameIssueLine = 10 }).Single(t => t.Name == "同一問題");

        Assert.Equal("達10%線", sameIssue.Columns[4]);
        Assert.Equal(new ReportChart("同一問題佔總戶數比例（10%線）", 0, 3, 0.1), sameIssue.Chart);
    }

    [Fact]
    public void Every_row_has_a_cell_per_column() =>
        Assert.All(FigureTables.Of(Figures), t => Assert.All(t.Rows, r => Assert.Equal(t.Columns.Count, r.Count)));

    [Fact]
    public void The_overview_document_says_scope_period_and_moment_in_the_business_zone()
    {
        var document = OverviewDocument.Of(Figures, SampleReport.Shanghai);

        Assert.Equal("即時概覽（項目 p-1）", document.Title);
        // December in Shanghai; 01:00 UTC is 09:00 there.
        Assert.Equal("項目 p-1 · 2026-12-01 至 2026-12-31 · 截至 2026-12-05 09:00", document.Subtitle);
        Assert.Equal("overview-project-p-1-2026-12-01", OverviewDocument.FileName(Figures, SampleReport.Shanghai));
    }

    private static object?[] Row(params object?[] values) => values;
}
