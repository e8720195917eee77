using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Hotline.Reporting.Formats;

/// <summary>
/// The workbook (MiniExcel): a first sheet 報表 naming the report, then one sheet per table with its header row.
/// Numbers stay numbers (counts "#,##0", percentages "0.0%"), times are the business zone's wall clock.
/// </summary>
public static class XlsxReportWriter
{
    public const string InfoSheet = "報表";

    public static byte[] Write(ReportDocument document, TimeZoneInfo zone, DateTimeOffset generatedAt)
    {
        var names = new SheetNames();
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var info = NewTable(["項目", "內容"]);
        info.Rows.Add("標題", document.Title);
        info.Rows.Add("說明", document.Subtitle);
        info.Rows.Add("產生時間", ReportCulture.Display(generatedAt, zone));
        sheets[names.Next(InfoSheet)] = info;

        var columns = new XlsxColumns();
        columns.Add(info);
        foreach (var table in document.Tables)
        {
            var headers = UniqueHeaders(table.Columns);
            var data = NewTable(headers);
            foreach (var row in table.Rows)
            {
                data.Rows.Add([.. headers.Select((_, i) => Cell(i < row.Count ? row[i] : null, zone))]);
            }

            columns.Add(data, table);
            sheets[names.Next(table.Name)] = data;
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: new OpenXmlConfiguration { DynamicColumns = columns.ToArray() });
        return stream.ToArray();
    }

    /// <summary>What MiniExcel writes for a report value: numbers as numbers, times local, the rest as text.</summary>
    private static object Cell(object? value, TimeZoneInfo zone) => value switch
    {
        null => DBNull.Value,
        Percent p => double.IsFinite(p.Value) ? p.Value : DBNull.Value,
        double d => double.IsFinite(d) ? d : DBNull.Value,
        long or int or short or byte or decimal or float or uint or ulong or ushort => value,
        DateTimeOffset at => ReportCulture.Local(at, zone),
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        DateTime => value,
        _ => ReportCulture.Display(value, zone),
    };

    private static DataTable NewTable(IReadOnlyList<string> headers)
    {
        var table = new DataTable();
        foreach (var header in headers)
        {
            table.Columns.Add(header, typeof(object));
        }

        return table;
    }

    /// <summary>A sheet's header names must differ (a data table's columns ignore case); a blank one is named by its position.</summary>
    private static List<string> UniqueHeaders(IReadOnlyList<string> columns)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var headers = new List<string>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var name = string.IsNullOrWhiteSpace(columns[i]) ? $"欄{i + 1}" : columns[i].Trim();
            var candidate = name;
            for (var n = 2; !seen.Add(candidate); n++)
            {
                candidate = $"{name} ({n})";
            }

            headers.Add(candidate);
        }

        return headers;
    }
}
