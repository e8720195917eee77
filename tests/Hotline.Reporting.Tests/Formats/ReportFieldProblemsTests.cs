using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Formats;

/// <summary>
/// Bad input is a 400 problem naming the field: each report endpoint reads <c>?format=</c> the one way and names every bad
/// field of a request in one 400, not the first it met.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class ReportFieldProblemsTests(ReportingFixture fixture)
{
    [Theory]
    [InlineData(Summaries.QualityHead, "/api/reports/overview?scope=company&from=someday&format=pdf", "format,from")]
    [InlineData(Summaries.QualityHead, "/api/reports/major-complaints?from=someday&format=pdf", "format,from")]
    [InlineData(Support.Analyses.QualityStaff, "/api/reports/weekly-analyses/2026-W99?format=pdf&draft=maybe&version=0", "draft,format,version,week")]
    [InlineData(Summaries.QualityHead, "/api/reports/projects/p-sunrise/weekly-summaries/2026-W99?format=pdf", "format,week")]
    [InlineData(Summaries.QualityHead, "/api/reports/weekly-summaries?week=2026-W99&late=maybe&format=pdf", "format,late,week")]
    [InlineData(Summaries.QualityHead, "/api/reports/bulletins/2026-13?format=pdf&version=0", "format,month,version")]
    public async Task Every_bad_field_of_a_report_request_is_named_in_one_400(string person, string path, string fields)
    {
        using var response = await fixture.Host.ClientAs(person).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(fields, string.Join(",", problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)));
    }
}
