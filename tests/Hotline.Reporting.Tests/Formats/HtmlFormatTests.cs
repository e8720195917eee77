using System.Text.RegularExpressions;
using Hotline.Reporting.Formats;

namespace Hotline.Reporting.Tests.Formats;

/// <summary>The printable page: Traditional Chinese, no script, every table, one SVG per chart with a bar per row, text escaped.</summary>
public sealed partial class HtmlFormatTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_page_is_Traditional_Chinese_printable_and_without_script()
    {
        var html = Page();

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-Hant\">", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("產生時間 2026-12-05 09:00", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_is_shown_and_each_chart_is_an_svg_with_one_bar_per_row()
    {
        var html = Page();

        Assert.Equal(["收件量（類型）", "同一問題", "扣分"], [.. Heading().Matches(html).Select(m => m.Groups[1].Value)]);
        Assert.Equal(3, Count(html, "<table>"));
        var svgs = Svg().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(2, svgs.Count); // 扣分 has no chart
        Assert.Equal(3, Count(svgs[0], "class=\"bar\""));
        Assert.Equal(2, Count(svgs[1], "class=\"bar\""));

        // Bars scale to the largest value: 12345 fills the 360 units, 3 is 360 * 3 / 12345 = 0.087… -> 0.1.
        Assert.Contains("class=\"bar\" x=\"180\" y=\"36\" width=\"360\"", svgs[0], StringComparison.Ordinal);
        Assert.Contains("class=\"bar\" x=\"180\" y=\"62\" width=\"0.1\"", svgs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_line_is_drawn_at_its_value_in_the_unit_of_the_bars()
    {
        var svg = Svg().Matches(Page())[1].Value;

        // Largest of 8%, 2% and the 5% line is 8%: the line sits at 180 + 360 * 5 / 8 = 405.
        Assert.Contains("<line class=\"line\" x1=\"405\"", svg, StringComparison.Ordinal);
        Assert.Contains("參考線 5.0%", svg, StringComparison.Ordinal);
        Assert.Equal(1, Count(svg, "<line "));
    }

    [Fact]
    public void Numbers_are_grouped_percentages_shown_as_such_and_times_local()
    {
        var html = Page();

        Assert.Contains("<td class=\"num\">12,345</td><td class=\"num\">12.5%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2026-12-04 18:30</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">-2.5</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_in_tables_titles_and_charts()
    {
        var html = Page();

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<全公司>", html, StringComparison.Ordinal);
        Assert.Contains("<title>即時概覽 &lt;全公司&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;b&gt;建議&lt;/b&gt; &amp; &quot;x&quot;</td>", html, StringComparison.Ordinal);
        Assert.Contains(">&lt;b&gt;建議&lt;/b&gt; &amp; &quot;x&quot;</text>", html, StringComparison.Ordinal);
    }

    /// <summary>The sample report's page, written at <see cref="Now"/> in Shanghai time: what every test here reads.</summary>
    private static string Page() => HtmlReportWriter.Write(SampleReport.Document(), SampleReport.Shanghai, Now);

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [GeneratedRegex("<h2>([^<]*)</h2>")]
    private static partial Regex Heading();

    [GeneratedRegex("<svg[^>]*>.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
