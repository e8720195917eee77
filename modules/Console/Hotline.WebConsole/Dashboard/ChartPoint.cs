namespace Hotline.WebConsole.Dashboard;

/// <summary>One point of a line chart: its label (a week), the value drawn (null: nothing to draw) and as written.</summary>
public sealed record ChartPoint(string Label, double? Value, string ValueText);
