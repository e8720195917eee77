namespace Hotline.Reporting.Contracts.Sheets;

/// <summary>One table of a <see cref="ReportSheet"/>: its name, its column headers, and one cell per column in each row.</summary>
public sealed record SheetTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<SheetCell>> Rows);
