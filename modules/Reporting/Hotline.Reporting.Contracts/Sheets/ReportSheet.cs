namespace Hotline.Reporting.Contracts.Sheets;

/// <summary>
/// A report as its exports lay it out (the workbook's sheets, the printable page's tables), with each value already
/// written as the printable page writes it: what the console renders, so its figures and text are the exports' own.
/// Labels are the exports' (Traditional Chinese).
/// </summary>
public sealed record ReportSheet(string Title, string Subtitle, IReadOnlyList<SheetTable> Tables);
