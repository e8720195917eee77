using System.IO.Compression;
using Hotline.Reporting.Formats;
using MiniExcelLibs;

namespace Hotline.Reporting.Tests.Formats;

/// <summary>The workbook read back with MiniExcel: sheet names, numbers as numbers, Chinese text, local times.</summary>
public sealed class XlsxFormatTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_workbook_has_an_info_sheet_then_one_sheet_per_table()
    {
        var bytes = XlsxReportWriter.Write(SampleReport.Document(), SampleReport.Shanghai, Now);

        Assert.Equal(["報表", "收件量（類型）", "同一問題", "扣分"], MiniExcel.GetSheetNames(new MemoryStream(bytes)));
        var info = Rows(bytes, "報表");
        Assert.Equal(["標題", "即時概覽 <全公司>"], [info[0]["項目"], info[0]["內容"]]);
        Assert.Equal("2026-12-05 09:00", info[2]["內容"]); // 01:00 UTC is 09:00 in Shanghai
    }

    [Fact]
    public void Counts_and_percentages_are_numbers_with_number_formats_and_Chinese_text_stays()
    {
        var bytes = XlsxReportWriter.Write(SampleReport.Document(), SampleReport.Shanghai, Now);

        var received = Rows(bytes, "收件量（類型）");
        Assert.Equal(3, received.Count);
        Assert.Equal("投訴", received[0]["類型"]);
        Assert.Equal(12345d, Assert.IsType<double>(received[0]["件數"]));
        Assert.Equal(0.125d, Assert.IsType<double>(received[0]["佔比"]));
        Assert.Equal("<b>建議</b> & \"x\"", received[2]["類型"]);
        Assert.Null(received[2]["佔比"]);
        Assert.Equal(-2.5d, Assert.IsType<double>(Rows(bytes, "扣分")[0]["扣分"]));

        var styles = Entry(bytes, "xl/styles.xml");
        Assert.Contains("formatCode=\"0.0%\"", styles, StringComparison.Ordinal);
        Assert.Contains("formatCode=\"#,##0\"", styles, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_are_written_as_the_business_zone_wall_clock()
    {
        var bytes = XlsxReportWriter.Write(SampleReport.Document(), SampleReport.Shanghai, Now);

        var raised = Assert.IsType<DateTime>(Rows(bytes, "同一問題")[0]["發出時間"]);
        Assert.Equal(new DateTime(2026, 12, 4, 18, 30, 0), raised);
    }

    [Fact]
    public void Sheet_names_are_cut_to_31_characters_cleaned_and_made_unique()
    {
        var long40 = new string('長', 40);
        var table = new ReportTable("x", ["a"], []);
        var document = new ReportDocument("t", "s",
            [table with { Name = long40 }, table with { Name = long40 }, table with { Name = "同一問題" }, table with { Name = "同一問題" },
             table with { Name = "a/b[c]:d?" }, table with { Name = "報表" }]);

        var names = MiniExcel.GetSheetNames(new MemoryStream(XlsxReportWriter.Write(document, SampleReport.Shanghai, Now)));

        Assert.Equal(
            ["報表", new string('長', 31), new string('長', 27) + " (2)", "同一問題", "同一問題 (2)", "a_b_c__d_", "報表 (2)"],
            names);
    }

    [Fact]
    public void An_empty_table_is_a_sheet_with_its_header_row()
    {
        var document = new ReportDocument("t", "s", [new ReportTable("空表", ["項目", "件數"], [])]);

        var rows = MiniExcel.Query(new MemoryStream(XlsxReportWriter.Write(document, SampleReport.Shanghai, Now)), sheetName: "空表")
            .Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(["項目", "件數"], [rows.Single()["A"], rows.Single()["B"]]);
    }

    private static List<IDictionary<string, object?>> Rows(byte[] workbook, string sheet) =>
        [.. MiniExcel.Query(new MemoryStream(workbook), useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];

    private static string Entry(byte[] workbook, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
