namespace Hotline.Reporting.Formats;

/// <summary>A bar chart of the table's <see cref="ValueColumn"/> per <see cref="LabelColumn"/>; <see cref="Line"/> draws a reference line (e.g. the 5% line).</summary>
public sealed record ReportChart(string Title, int LabelColumn, int ValueColumn, double? Line = null);
