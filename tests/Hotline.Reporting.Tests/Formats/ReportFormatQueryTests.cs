using Hotline.Reporting.Formats;
using Microsoft.AspNetCore.Http.HttpResults;

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

        var problem = Assert.IsType<ValidationProblem>(ReportFormatQuery.Problem(text));
        Assert.Equal(400, problem.StatusCode);
        Assert.Equal(["format"], problem.ProblemDetails.Errors.Keys);
    }
}
