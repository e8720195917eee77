using System.Globalization;

namespace Hotline.WebConsole.Dashboard;

/// <summary>
/// Where a horizontal bar chart draws (viewBox units): a label column, then bars from <see cref="BarsFrom"/> to
/// <see cref="BarsTo"/>, then the value's text; one row per bar. Plain numbers, so the geometry is tested by hand.
/// </summary>
public sealed class BarGeometry(double max)
{
    public const double Width = 320;
    public const double BarsFrom = 110;
    public const double BarsTo = 250;
    public const double Top = 8;
    public const double RowHeight = 28;
    public const double BarHeight = 18;

    public ChartScale Scale { get; } = new(max, BarsFrom, BarsTo);

    public static double Height(int rows) => (Top * 2) + (rows * RowHeight);

    /// <summary>The top of row <paramref name="row"/>'s bar (centred in its row).</summary>
    public static double BarY(int row) => Top + (row * RowHeight) + ((RowHeight - BarHeight) / 2);

    /// <summary>The baseline of row <paramref name="row"/>'s texts.</summary>
    public static double TextY(int row) => BarY(row) + BarHeight - 4;

    public double BarWidth(double value) => Scale.At(value) - BarsFrom;

    /// <summary>The x of a reference line (e.g. the 5% same-issue line).</summary>
    public double LineX(double value) => Scale.At(value);

    public static string N(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
