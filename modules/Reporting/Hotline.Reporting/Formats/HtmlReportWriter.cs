using System.Net;
using System.Text;

namespace Hotline.Reporting.Formats;

/// <summary>
/// The printable page: server-rendered HTML (lang zh-Hant, no script) with each table and its chart as inline SVG,
/// numbers grouped and right-aligned, times in the business zone, and print CSS (A4, no table split across a row).
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:"Noto Sans TC","PingFang TC","Microsoft JhengHei",sans-serif;color:#222;margin:2em;font-size:14px}
        h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.2em;margin:1.4em 0 .4em;border-bottom:1px solid #999}
        .subtitle{color:#555;margin:0 0 1em}
        table{border-collapse:collapse;margin:.4em 0 1em;min-width:50%}
        th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left}th{background:#eee}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        svg.chart{display:block;margin:.4em 0;font-size:12px}svg .bar{fill:#4a78b5}svg .chart-title{font-weight:bold}
        svg .line{stroke:#c0392b;stroke-width:1.5}svg .line-label{fill:#c0392b}
        footer{color:#777;font-size:.85em;margin-top:2em}
        @page{size:A4;margin:15mm}
        @media print{body{margin:0;font-size:11pt}section{break-inside:avoid-page}tr,svg{break-inside:avoid}thead{display:table-header-group}}
        """;

    public static string Write(ReportDocument document, TimeZoneInfo zone, DateTimeOffset generatedAt)
    {
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-Hant\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(Escape(document.Title)).Append("</title><style>").Append(Style).Append("</style></head>\n<body>");
        html.Append("<header><h1>").Append(Escape(document.Title)).Append("</h1><p class=\"subtitle\">")
            .Append(Escape(document.Subtitle)).Append("</p></header>\n");
        foreach (var table in document.Tables)
        {
            html.Append("<section><h2>").Append(Escape(table.Name)).Append("</h2>");
            if (table.Chart is { } chart)
            {
                SvgBarChart.Write(html, table, chart, zone);
            }

            Table(html, table, zone);
            html.Append("</section>\n");
        }

        html.Append("<footer>產生時間 ").Append(Escape(ReportCulture.Display(generatedAt, zone)))
            .Append("（").Append(Escape(zone.Id)).Append("）</footer></body></html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, ReportTable table, TimeZoneInfo zone)
    {
        html.Append("<table><thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Escape(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var cell = ReportSheets.Cell(i < row.Count ? row[i] : null, zone);
                html.Append(cell.Number ? "<td class=\"num\">" : "<td>").Append(Escape(cell.Text)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
