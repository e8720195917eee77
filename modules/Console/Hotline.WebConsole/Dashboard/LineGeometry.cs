namespace Hotline.WebConsole.Dashboard;

/// <summary>
/// Where a line chart draws (viewBox units): <c>count</c> points spread evenly from <see cref="Left"/> to
/// <see cref="Right"/>, values from <see cref="Bottom"/> (0) up to <see cref="Top"/> (the max); labels below.
/// A missing value (null) breaks the line there.
/// </summary>
public sealed class LineGeometry(int count, double max)
{
    public const double Width = 320;
    public const double Height = 160;
    public const double Left = 40;
    public const double Right = 306;
    public const double Top = 10;
    public const double Bottom = 130;

    public ChartScale Scale { get; } = new(max, Bottom, Top);

    public double X(int index) => count <= 1 ? (Left + Right) / 2 : Left + (index * (Right - Left) / (count - 1));

    public double Y(double value) => Scale.At(value);

    /// <summary>The polylines' points ("x,y x,y"): one run per stretch of values without a gap.</summary>
    public IReadOnlyList<string> Runs(IReadOnlyList<double?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var runs = new List<string>();
        var current = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                current.Add($"{BarGeometry.N(X(i))},{BarGeometry.N(Y(value))}");
                continue;
            }

            if (current.Count > 0)
                runs.Add(string.Join(' ', current));
            current.Clear();
        }

        if (current.Count > 0)
            runs.Add(string.Join(' ', current));
        return runs;
    }
}
