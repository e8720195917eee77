using Hotline.Kernel;
using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Formats;

/// <summary>Warnings (A11) by level (raised in the period, open now), and how fast they were verified and answered.</summary>
public static class WarningTables
{
    public static IReadOnlyList<ReportTable> Of(WarningFigures w) =>
    [
        new ReportTable("預警（級別）", ["級別", "本期發出", "目前未結"],
            [.. Enum.GetValues<WarningLevel>().Select(l => FigureTables.Row(ReportWords.Of(l), Count(w.RaisedByLevel, l), Count(w.OpenByLevel, l)))])
        {
            Chart = new ReportChart("本期預警（按級別）", 0, 1),
        },
        new ReportTable("預警處理時效", ["項目", "件數", "平均分鐘"],
        [
            FigureTables.Row("核實（發出至核實）", w.Verified, w.AverageMinutesToVerify),
            FigureTables.Row("答覆（核實至答覆）", w.Answered, w.AverageMinutesToAnswer),
        ]),
    ];

    /// <summary>Every level is shown, a level without warnings as 0; a level the figures name otherwise is matched ignoring case.</summary>
    private static long Count(IReadOnlyList<NamedCount> counts, WarningLevel level) =>
        counts.Where(c => string.Equals(c.Name, level.ToString(), StringComparison.OrdinalIgnoreCase)).Sum(c => c.Count);
}
