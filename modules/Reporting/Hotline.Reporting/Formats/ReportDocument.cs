namespace Hotline.Reporting.Formats;

/// <summary>
/// A report laid out for people: a title, a line saying what it covers, and its tables (each a worksheet in the
/// workbook, a block in the CSV, a table with an optional chart on the printable page). Labels are Chinese; values
/// are numbers, text, dates or null, formatted by the renderer for the locale and business time zone.
/// </summary>
public sealed record ReportDocument(string Title, string Subtitle, IReadOnlyList<ReportTable> Tables);
