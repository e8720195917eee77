using Hotline.Reporting.Formats;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Reporting.Tests.Formats;

/// <summary>What a report endpoint sends: the files as downloads with their names, the page inline, JSON untouched.</summary>
public sealed class ReportRendererTests
{
    private readonly ReportAnswer _answer = new(new ReportRenderer(SampleReport.Shanghai, new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero))));

    [Theory]
    [InlineData(ReportFormat.Xlsx, ReportRenderer.XlsxContentType, "attachment; filename=overview-2026-12.xlsx")]
    [InlineData(ReportFormat.Csv, ReportRenderer.CsvContentType, "attachment; filename=overview-2026-12.csv")]
    [InlineData(ReportFormat.Html, PrintablePageResult.ContentType, "inline; filename=\"overview-2026-12.html\"")]
    public async Task Files_are_downloads_named_after_the_report(ReportFormat format, string contentType, string disposition)
    {
        var (response, body) = await Execute(_answer.Of(format, "model", _ => SampleReport.Document(), "overview-2026-12"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(contentType, response.ContentType);
        Assert.StartsWith(disposition, response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(body);
    }

    [Fact]
    public async Task Json_answers_the_model_without_building_the_document()
    {
        var (response, body) = await Execute(_answer.Of(ReportFormat.Json, new { total = 3 }, _ => throw new InvalidOperationException("not built"), "x"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("{\"total\":3}", System.Text.Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void Json_is_never_rendered_as_a_document() =>
        Assert.Throws<System.Diagnostics.UnreachableException>(() =>
            new ReportRenderer(SampleReport.Shanghai, TimeProvider.System).Render(SampleReport.Document(), ReportFormat.Json, "x"));

    [Theory]
    [InlineData("概覽 2026/12", "2026-12")]
    [InlineData("../etc\"x", "etc-x")]
    [InlineData("", "report")]
    public void Download_names_are_header_safe(string wanted, string expected) =>
        Assert.Equal(expected, ReportRenderer.SafeFileName(wanted));

    private static async Task<(HttpResponse Response, byte[] Body)> Execute(IResult result)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        return (context.Response, body.ToArray());
    }
}
