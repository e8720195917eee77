using System.Globalization;

namespace Hotline.Reporting.Formats;

/// <summary>
/// How report values read: Traditional Chinese (zh-TW) digit grouping and percentages for people, plain invariant
/// numbers for data (CSV), times in the business time zone. One place so the workbook, CSV and page agree.
/// </summary>
public static class ReportCulture
{
    public const string DateTimePattern = "yyyy-MM-dd HH:mm";
    public const string DatePattern = "yyyy-MM-dd";

    /// <summary>zh-TW where ICU has it; the invariant culture otherwise (same grouping and percent sign).</summary>
    public static readonly CultureInfo Culture = Load("zh-TW");

    /// <summary>A value as people read it on the printable page: "12,345", "95.1%", "2026-12-05 18:30", "是".</summary>
    public static string Display(object? value, TimeZoneInfo zone) => value switch
    {
        null => "—",
        Percent p => double.IsFinite(p.Value) ? p.Value.ToString("0.0%", Culture) : "—",
        double d => double.IsFinite(d) ? d.ToString("#,##0.0", Culture) : "—",
        float f => ((double)f).ToString("#,##0.0", Culture),
        decimal m => m.ToString("#,##0.##", Culture),
        long or int or short or byte or ulong or uint or ushort => ((IFormattable)value).ToString("#,##0", Culture),
        _ => Common(value, zone),
    };

    /// <summary>A value for a data file (CSV): no grouping, invariant decimal point; percentages keep "%" (Excel reads them back as numbers).</summary>
    public static string Data(object? value, TimeZoneInfo zone) => value switch
    {
        null => "",
        Percent p => double.IsFinite(p.Value) ? p.Value.ToString("0.0##%", CultureInfo.InvariantCulture) : "",
        double d => double.IsFinite(d) ? d.ToString("0.###", CultureInfo.InvariantCulture) : "",
        float or decimal or long or int or short or byte or ulong or uint or ushort => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        _ => Common(value, zone),
    };

    /// <summary>A number for a chart's bar (a percentage as its fraction); null for text and empty cells.</summary>
    public static double? Number(object? value) => value switch
    {
        Percent p when double.IsFinite(p.Value) => p.Value,
        double d when double.IsFinite(d) => d,
        float f => f,
        decimal m => (double)m,
        long or int or short or byte or ulong or uint or ushort => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A point in time as the business zone's wall clock.</summary>
    public static DateTime Local(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone).DateTime;

    private static string Common(object value, TimeZoneInfo zone) => value switch
    {
        string s => s,
        DateTimeOffset at => Local(at, zone).ToString(DateTimePattern, CultureInfo.InvariantCulture),
        DateOnly day => day.ToString(DatePattern, CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, Culture),
        _ => value.ToString() ?? "",
    };

    private static CultureInfo Load(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
