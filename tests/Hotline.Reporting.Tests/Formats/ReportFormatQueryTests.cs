using Hotline.Reporting.Formats;

namespace Hotline.Reporting.Tests.Formats;

public sealed class ReportFormatQueryTests
{
    [Theory]
    [InlineData(null, ReportFormat.Json)]
    [InlineData("", ReportFormat.Json)]
    [InlineData("json", ReportFormat.Json)]
    [InlineData("XLSX", ReportFormat.Xlsx)]
    [InlineData(" csv ", ReportFormat.Csv)]
    [InlineData("Html", ReportFormat.Html)]
    public void Known_formats_are_read_ignoring_case_and_json_is_the_default(string? text, ReportFormat expected)
    {
        Assert.True(ReportFormatQuery.TryParse(text, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("xls")]
    [InlineData("1")]
    public void Any_other_format_is_a_problem_naming_format(string text)
    {
        Assert.False(ReportFormatQuery.TryParse(text, out _));

        var errors = new Dictionary<string, string[]>();
        Assert.Equal(ReportFormat.Json, ReportFormatQuery.Read(text, errors));
        Assert.Equal(["format"], errors.Keys);
        Assert.Equal([$"unknown format '{text}'; use json (the default), xlsx, csv or html"], errors["format"]);
    }
}
