using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Overview;

/// <summary>GET /api/reports/overview: scoped like the ticket list (A6, A8.1.1), with its period read from dates or date-times.</summary>
[Collection(ReportingCollection.Name)]
public sealed class OverviewEndpointTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A6_Liaison_WithoutScope_GetsTheirProject()
    {
        var body = await Ok(Demo.SunriseLiaison, "");

        Assert.Equal(("Project", Demo.Sunrise), Scope(body));
    }

    [Fact]
    public async Task A6_Liaison_AskingAnotherProject_IsRefused()
    {
        using var response = await fixture.Host.ClientAs(Demo.SunriseLiaison).GetAsync("/api/reports/overview?scope=project:p-harbour");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
    }

    [Fact]
    public async Task A6_BranchHead_WithoutScope_GetsTheirBranch_QualityDept_TheCompany()
    {
        Assert.Equal(("Branch", Demo.North), Scope(await Ok(Demo.NorthHead, "")));
        Assert.Equal(("Company", (string?)null), Scope(await Ok(Demo.QualityHead, "")));
        Assert.Equal(("Project", Demo.Sunrise), Scope(await Ok(Demo.QualityHead, "?scope=project:p-sunrise")));
    }

    [Fact]
    public async Task A6_Period_DatesAreLocalDays_ToInclusive_DefaultThisMonthToToday()
    {
        var body = await Ok(Demo.QualityHead, "?scope=company&from=2026-11-01&to=2026-11-02");
        var period = body.GetProperty("period");
        // Local days in Asia/Shanghai (UTC+8): 11-01 00:00 to 11-03 00:00 local.
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), period.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 16, 0, 0, TimeSpan.Zero), period.GetProperty("to").GetDateTimeOffset());

        var times = await Ok(Demo.QualityHead, "?from=2026-11-01T08:00:00%2B08:00&to=2026-11-01T09:00:00Z");
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), times.GetProperty("period").GetProperty("from").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero), times.GetProperty("period").GetProperty("to").GetDateTimeOffset());

        var defaults = (await Ok(Demo.QualityHead, "")).GetProperty("period");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime);
        Assert.Equal(new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.FromHours(8)), defaults.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), defaults.GetProperty("to").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("?scope=planet:mars", "scope")]
    [InlineData("?from=2026-13-01", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?from=2026-11-01T08:00:00", "from")] // a date-time without its offset
    [InlineData("?from=2026-11-10&to=2026-11-09", "to")]
    [InlineData("?from=2025-01-01&to=2026-01-02", "to")] // 367 days
    public async Task A6_BadQuery_IsAProblemNamingTheField(string query, string field)
    {
        using var response = await fixture.Host.ClientAs(Demo.QualityHead).GetAsync($"/api/reports/overview{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A6_AYearOf366Days_IsAllowed()
    {
        await Ok(Demo.QualityHead, "?from=2024-01-01&to=2024-12-31");
    }

    private async Task<JsonElement> Ok(string person, string query)
    {
        using var response = await fixture.Host.ClientAs(person).GetAsync($"/api/reports/overview{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static (string?, string?) Scope(JsonElement body)
    {
        var scope = body.GetProperty("scope");
        return (scope.GetProperty("kind").GetString(), scope.GetProperty("id").ValueKind == JsonValueKind.Null ? null : scope.GetProperty("id").GetString());
    }
}
