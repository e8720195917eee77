using CsvHelper;

namespace Hotline.Reporting.Formats;

/// <summary>
/// The CSV (CsvHelper, UTF-8 with a byte-order mark so Excel shows the Chinese): the title and subtitle, then one
/// block per table: a line with the table's name, its header row, its rows, and a blank line. Numbers are plain
/// (no grouping, "." decimal) so they read back as numbers; percentages keep their "%".
/// </summary>
public static class CsvReportWriter
{
    public static byte[] Write(ReportDocument document, TimeZoneInfo zone)
    {
        using var stream = new MemoryStream();
        // Blocks differ in width, so records are not held to the first one's field count.
        var options = new CsvWriterOptions { WriteByteOrderMark = true, ValidateFieldCount = false };
        using (var csv = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            Line(csv, Safe(document.Title));
            Line(csv, Safe(document.Subtitle));
            foreach (var table in document.Tables)
            {
                Line(csv, ""); // a blank line between blocks (written as "": a record needs a field)
                Line(csv, Safe(table.Name));
                Line(csv, [.. table.Columns.Select(Safe)]);
                foreach (var row in table.Rows)
                {
                    Line(csv, [.. row.Select(v => v is string text ? Safe(text) : ReportCulture.Data(v, zone))]);
                }
            }
        }

        return stream.ToArray();
    }

    /// <summary>Text a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe; numbers are left alone.</summary>
    private static string Safe(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;

    private static void Line(CsvWriter csv, params string[] fields) => csv.WriteRecord(fields.Length == 0 ? [""] : fields);
}
