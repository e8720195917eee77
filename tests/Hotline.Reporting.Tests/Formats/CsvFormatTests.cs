using CsvHelper;
using Hotline.Reporting.Formats;

namespace Hotline.Reporting.Tests.Formats;

/// <summary>The CSV read back with CsvHelper: a byte-order mark for Excel, one block per table, plain numbers, local times.</summary>
public sealed class CsvFormatTests
{
    [Fact]
    public void The_CSV_starts_with_a_UTF8_byte_order_mark()
    {
        var bytes = CsvReportWriter.Write(SampleReport.Document(), SampleReport.Shanghai);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
    }

    [Fact]
    public void Each_table_is_a_block_of_its_name_header_and_rows()
    {
        var records = Read(CsvReportWriter.Write(SampleReport.Document(), SampleReport.Shanghai));

        string[][] expected =
        [
            ["即時概覽 <全公司>"],
            ["2026-12-01 至 2026-12-31"],
            [""],
            ["收件量（類型）"],
            ["類型", "件數", "佔比"],
            ["投訴", "12345", "12.5%"],
            ["報修", "3", "50.0%"],
            ["<b>建議</b> & \"x\"", "0", ""],
            [""],
            ["同一問題"],
            ["問題", "佔比", "發出時間", "備註"],
            ["漏水-5棟", "8.0%", "2026-12-04 18:30", "'=1+1"],
            ["電梯", "2.0%", "", "'-"],
            [""],
            ["扣分"],
            ["月份", "扣分"],
            ["2026-12", "-2.5"],
        ];
        Assert.Equal(expected, records);
    }

    private static string[][] Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.Current.FieldCount).Select(reader.GetString)]);
        }

        return [.. records];
    }
}
