using System.Globalization;
using System.Net;
using System.Text;

namespace Hotline.Reporting.Formats;

/// <summary>
/// A table's chart as inline SVG drawn on the server: one horizontal bar per row (its label left, its value right
/// of the bar), scaled to the largest value or the reference line, which is drawn dashed with its value.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640, LabelWidth = 180, BarArea = 360, RowHeight = 26, Top = 32;

    public static void Write(StringBuilder html, ReportTable table, ReportChart chart, TimeZoneInfo zone)
    {
        var rows = table.Rows.Select(r => (Label: Cell(r, chart.LabelColumn), Value: Cell(r, chart.ValueColumn))).ToList();
        var numbers = rows.Select(r => ReportCulture.Number(r.Value)).ToList();
        var max = numbers.Where(n => n is > 0).Select(n => n!.Value).Append(chart.Line is > 0 ? chart.Line.Value : 0).Max();
        max = max > 0 ? max : 1;
        var height = Top + (Math.Max(rows.Count, 1) * RowHeight) + (chart.Line is null ? 8 : 24);
        var title = Escape(chart.Title);

        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{title}</title><text class=\"chart-title\" x=\"0\" y=\"18\">{title}</text>");
        if (rows.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth}\" y=\"{Top + 17}\">無資料</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var y = Top + (i * RowHeight);
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{Escape(Shorten(ReportCulture.Display(rows[i].Label, zone)))}</text>");
            var width = numbers[i] is { } n ? Math.Round(BarArea * Math.Max(n, 0) / max, 1) : 0;
            if (numbers[i] is not null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"18\"/>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{LabelWidth + width + 6}\" y=\"{y + 17}\">{Escape(ReportCulture.Display(rows[i].Value, zone))}</text>");
        }

        if (chart.Line is { } line)
        {
            var x = LabelWidth + Math.Round(BarArea * Math.Max(line, 0) / max, 1);
            var bottom = Top + (Math.Max(rows.Count, 1) * RowHeight);
            // The line reads in the unit of the bars: a percentage line beside percentage bars.
            object shown = rows.Any(r => r.Value is Percent) ? new Percent(line) : line;
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"line\" x1=\"{x}\" y1=\"{Top - 4}\" x2=\"{x}\" y2=\"{bottom}\" stroke-dasharray=\"5 3\"/>");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"line-label\" x=\"{x}\" y=\"{bottom + 16}\" text-anchor=\"middle\">參考線 {Escape(ReportCulture.Display(shown, zone))}</text>");
        }

        html.Append("</svg>");
    }

    private static object? Cell(IReadOnlyList<object?> row, int column) => column >= 0 && column < row.Count ? row[column] : null;

    /// <summary>A label that fits left of the bars (about 11 Chinese characters); the table below has it whole.</summary>
    private static string Shorten(string label)
    {
        var width = 0;
        for (var i = 0; i < label.Length; i++)
        {
            width += label[i] >= 0x2E80 ? 2 : 1;
            if (width > 24 && i < label.Length - 1)
            {
                return string.Concat(label.AsSpan(0, char.IsLowSurrogate(label[i]) ? i - 1 : i), "…");
            }
        }

        return label;
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
