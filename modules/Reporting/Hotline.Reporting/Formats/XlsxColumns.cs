using System.Data;
using MiniExcelLibs.Attributes;

namespace Hotline.Reporting.Formats;

/// <summary>
/// The workbook's column formats and widths. MiniExcel keys them by header name across all sheets, so a header
/// takes the format of its first typed value (the same header means the same kind of figure in every table).
/// </summary>
internal sealed class XlsxColumns
{
    private readonly Dictionary<string, (string? Format, double Width)> _columns = new(StringComparer.Ordinal);

    public void Add(DataTable data, ReportTable? table = null)
    {
        for (var i = 0; i < data.Columns.Count; i++)
        {
            var header = data.Columns[i].ColumnName;
            var format = table?.Rows.Select(r => i < r.Count ? r[i] : null).Where(v => v is not null).Select(FormatOf).FirstOrDefault();
            var width = Math.Max(Width(header), data.Rows.Cast<DataRow>().Select(r => Width(r[i] as string ?? "0000000000")).DefaultIfEmpty(0).Max());
            _columns[header] = _columns.TryGetValue(header, out var known)
                ? (known.Format ?? format, Math.Max(known.Width, width))
                : (format, width);
        }
    }

    public DynamicExcelColumn[] ToArray() =>
        [.. _columns.Select(c => new DynamicExcelColumn(c.Key) { Format = c.Value.Format, Width = c.Value.Width })];

    private static string? FormatOf(object? value) => value switch
    {
        Percent => "0.0%",
        long or int or short or byte or uint or ulong or ushort => "#,##0",
        double or float or decimal => "#,##0.0",
        DateTimeOffset => "yyyy-MM-dd HH:mm",
        DateOnly => "yyyy-MM-dd",
        _ => null,
    };

    /// <summary>Excel's width in characters: a CJK character takes two; kept between 8 and 60.</summary>
    private static double Width(string text) => Math.Clamp(text.Sum(c => c >= 0x2E80 ? 2 : 1) + 2, 8, 60);
}
