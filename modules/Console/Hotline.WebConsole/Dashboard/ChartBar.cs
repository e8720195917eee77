namespace Hotline.WebConsole.Dashboard;

/// <summary>One bar: its label, the value drawn, the value as written beside it, and whether it is marked (e.g. at or over the line).</summary>
public sealed record ChartBar(string Label, double Value, string ValueText, bool Marked = false);
