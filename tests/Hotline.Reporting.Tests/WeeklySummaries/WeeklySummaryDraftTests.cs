using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.WeeklySummaries;

/// <summary>
/// A10.1.3.4: a project's summary is drafted from the data: the week's figures, the open items carried over from before
/// the week, and the week's warnings. On a project of its own, so other tests' tickets do not count.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklySummaryDraftTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A10_1_3_4_Draft_HoldsTheWeeksFiguresAndWarnings_AndTheNextWeekCarriesTheOpenTicketOver()
    {
        var project = await fixture.NewProject();
        var ticket = await fixture.Register(project, "Complaint");
        var raised = await fixture.Host.ClientAs(Reports.Agent).PostAsJsonAsync($"/api/tickets/{ticket.Id}/raise-risk-warning", new { reason = "業主聯繫了媒體" });
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        await Eventually.Get(() => WarningRows(project), n => n == 1);
        // No holidays in this host: the week under way ends at the first Friday after today (local), the next one a week later.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime);
        var friday = today.AddDays(((int)DayOfWeek.Friday - (int)today.DayOfWeek + 6) % 7 + 1);
        var (thisWeek, nextWeek) = (Key(friday), Key(friday.AddDays(7)));

        await fixture.Host.Draft(thisWeek);
        await fixture.Host.Draft(nextWeek);
        var current = (await fixture.Host.Summary(project, thisWeek)).GetProperty("current").GetProperty("content");
        var next = (await fixture.Host.Summary(project, nextWeek)).GetProperty("current").GetProperty("content");

        Assert.Equal(project, current.GetProperty("figures").GetProperty("scope").GetProperty("id").GetString());
        Assert.Equal(1, current.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64());
        Assert.Equal(0, current.GetProperty("carriedOver").GetArrayLength());
        var warning = Assert.Single(current.GetProperty("warnings").EnumerateArray());
        Assert.Equal("Red", warning.GetProperty("level").GetString());
        Assert.Equal(new DateTimeOffset(friday.AddDays(-7).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)), current.GetProperty("periodFrom").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(friday.ToDateTime(new TimeOnly(17, 0)), TimeSpan.FromHours(8)), current.GetProperty("dueAt").GetDateTimeOffset());

        var carried = Assert.Single(next.GetProperty("carriedOver").EnumerateArray());
        Assert.Equal(ticket.Id, carried.GetProperty("ticketId").GetGuid());
        Assert.Equal("Complaint", carried.GetProperty("kind").GetString());
        Assert.Equal(0, next.GetProperty("warnings").GetArrayLength());
        Assert.Equal(0, next.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64());
    }

    private static string Key(DateOnly friday)
    {
        var day = friday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day)}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    private async Task<int> WarningRows(string project)
    {
        var page = await fixture.Host.ClientAs(Summaries.QualityHead).GetFromJsonAsync<JsonElement>($"/api/warnings?projectId={project}");
        var items = page.ValueKind == JsonValueKind.Array ? page : page.GetProperty("items");
        return items.GetArrayLength();
    }
}
