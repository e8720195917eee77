namespace Hotline.WebConsole.Dashboard;

/// <summary>
/// A linear scale from values [0, <see cref="Max"/>] to drawing coordinates [<see cref="From"/>, <see cref="To"/>]
/// (To may be below From: SVG's y grows downwards). Values outside are drawn at the edge; a scale of nothing (Max ≤ 0) draws all at From.
/// </summary>
public sealed record ChartScale(double Max, double From, double To)
{
    public double At(double value) => Max <= 0 ? From : From + (Math.Clamp(value, 0, Max) / Max * (To - From));

    /// <summary>The top of a count axis: the largest value (at least 1), so the tallest bar or point fills the chart.</summary>
    public static double CountMax(IEnumerable<double> values) => Math.Max(1, values.DefaultIfEmpty(0).Max());
}
