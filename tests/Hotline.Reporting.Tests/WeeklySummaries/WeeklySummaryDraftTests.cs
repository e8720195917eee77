using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.Reporting.Weeks;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.WeeklySummaries;

/// <summary>
/// A10.1.3.4: a project's summary is drafted from the data: the week's figures, the open items carried over from before
/// the week, and the week's warnings. On a project of its own, so other tests' tickets do not count; on a host of its
/// own, whose clock moves past both weeks before they are drafted (a week under way is not drafted).
/// </summary>
[Collection(WeekOverCollection.Name)]
public sealed class WeeklySummaryDraftTests(WeekOverFixture fixture)
{
    [Fact]
    public async Task A10_1_3_4_Draft_HoldsTheWeeksFiguresAndWarnings_AndTheNextWeekCarriesTheOpenTicketOver()
    {
        var project = await fixture.NewProject();
        var ticket = await fixture.Register(project, "Complaint");
        var raised = await fixture.Host.ClientAs(Reports.Agent).PostAsJsonAsync($"/api/tickets/{ticket.Id}/raise-risk-warning", new { reason = "業主聯繫了媒體" });
        Assert.Equal(HttpStatusCode.OK, raised.StatusCode);
        await Eventually.Get(() => WarningRows(project), n => n == 1);
        // The week under way when the ticket came and the next, as the host's calendar has them (its rules are proven in ReportWeekTests).
        var now = fixture.Clock.GetUtcNow();
        var thisWeek = fixture.WeekOfNow();
        var nextWeek = fixture.WeekAfter(thisWeek);
        // Both weeks over: the clock moves to just after the next week's draft time.
        fixture.Clock.Advance(ReportWeek.Of(nextWeek, fixture.Calendar()).DraftAt.AddSeconds(30) - fixture.Clock.GetUtcNow());

        await fixture.Host.Draft(thisWeek);
        await fixture.Host.Draft(nextWeek);
        var current = (await fixture.Host.Summary(project, thisWeek)).GetProperty("current").GetProperty("content");
        var next = (await fixture.Host.Summary(project, nextWeek)).GetProperty("current").GetProperty("content");

        Assert.Equal(project, current.GetProperty("figures").GetProperty("scope").GetProperty("id").GetString());
        Assert.Equal(1, current.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64());
        Assert.Equal(0, current.GetProperty("carriedOver").GetArrayLength());
        var warning = Assert.Single(current.GetProperty("warnings").EnumerateArray());
        Assert.Equal("Red", warning.GetProperty("level").GetString());
        // No holidays in this host: the summary covers the week from a Friday 00:00 (UTC+8) that holds now, and is due
        // the Friday after at 17:00, seven days and seventeen hours after the period's start.
        var periodFrom = current.GetProperty("periodFrom").GetDateTimeOffset();
        var local = periodFrom.ToOffset(TimeSpan.FromHours(8));
        Assert.Equal((DayOfWeek.Friday, TimeSpan.Zero), (local.DayOfWeek, local.TimeOfDay));
        Assert.InRange(now, periodFrom, periodFrom.AddDays(7).AddTicks(-1));
        Assert.Equal(periodFrom.AddDays(7).AddHours(17), current.GetProperty("dueAt").GetDateTimeOffset());

        var carried = Assert.Single(next.GetProperty("carriedOver").EnumerateArray());
        Assert.Equal(ticket.Id, carried.GetProperty("ticketId").GetGuid());
        Assert.Equal("Complaint", carried.GetProperty("kind").GetString());
        Assert.Equal(0, next.GetProperty("warnings").GetArrayLength());
        Assert.Equal(0, next.GetProperty("figures").GetProperty("received").GetProperty("total").GetInt64());
    }

    private async Task<int> WarningRows(string project)
    {
        var page = await fixture.Host.ClientAs(Summaries.QualityHead).GetFromJsonAsync<JsonElement>($"/api/warnings?projectId={project}");
        var items = page.ValueKind == JsonValueKind.Array ? page : page.GetProperty("items");
        return items.GetArrayLength();
    }
}
