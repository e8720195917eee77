using Hotline.Reporting.Contracts.Sheets;

namespace Hotline.Reporting.Formats;

/// <summary>A <see cref="ReportDocument"/> written out as the printable page writes it, for readers outside this module (the console).</summary>
public static class ReportSheets
{
    public static ReportSheet Of(ReportDocument document, TimeZoneInfo zone) => new(
        document.Title,
        document.Subtitle,
        [.. document.Tables.Select(t => new SheetTable(t.Name, t.Columns, [.. t.Rows.Select(r => Row(t, r, zone))]))]);

    /// <summary>One value as the printable page shows it: the text people read, and whether it is a number.</summary>
    public static SheetCell Cell(object? value, TimeZoneInfo zone) => new(ReportCulture.Display(value, zone), ReportCulture.Number(value) is not null);

    // As many cells as columns: a short row is filled with empty values, as on the printable page.
    private static IReadOnlyList<SheetCell> Row(ReportTable table, IReadOnlyList<object?> row, TimeZoneInfo zone) =>
        [.. table.Columns.Select((_, i) => Cell(i < row.Count ? row[i] : null, zone))];
}
