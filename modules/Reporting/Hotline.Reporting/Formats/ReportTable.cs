namespace Hotline.Reporting.Formats;

/// <summary>One table of a report: <see cref="Name"/> names its worksheet (≤ 31 characters); each row has one value per column.</summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A bar chart of one numeric column against a label column, drawn on the printable page; null for none.</summary>
    public ReportChart? Chart { get; init; }
}
