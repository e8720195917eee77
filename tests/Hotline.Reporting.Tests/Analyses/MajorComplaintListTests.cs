using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>A8.1.4: the list of major complaints reads its period by the overview's rules (dates or date-times, this month by default, at most 366 days).</summary>
[Collection(ReportingCollection.Name)]
public sealed class MajorComplaintListTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A8_1_4_the_list_defaults_to_this_month_to_today_and_takes_iso_date_times()
    {
        var project = await fixture.NewProject();
        var complaint = await fixture.Register(project, "Complaint", household: "6-601");
        using var mark = await fixture.Host.ClientAs(Support.Analyses.QualityStaff)
            .PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = complaint.Id, reason = "列表期間" });
        Assert.Equal(HttpStatusCode.Created, mark.StatusCode);
        var markedAt = (await mark.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("markedAt").GetDateTimeOffset();
        var vp = fixture.Host.ClientAs(Support.Analyses.VicePresident);

        // No dates: from the first of this local month 00:00 to the start of tomorrow (local), both as instants.
        var local = TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime;
        var monthStart = new DateTime(local.Year, local.Month, 1);
        var tomorrow = local.Date.AddDays(1);
        var expected = (new DateTimeOffset(monthStart, Demo.Zone.GetUtcOffset(monthStart)), new DateTimeOffset(tomorrow, Demo.Zone.GetUtcOffset(tomorrow)));
        var list = await vp.GetFromJsonAsync<JsonElement>("/api/reports/major-complaints");
        var period = list.GetProperty("period");
        Assert.Equal(expected, (period.GetProperty("from").GetDateTimeOffset(), period.GetProperty("to").GetDateTimeOffset()));
        Assert.Single(list.GetProperty("complaints").EnumerateArray(), c => c.GetProperty("ticketId").GetGuid() == complaint.Id);

        // ISO date-times with their offset: a minute either side of the mark holds it; the minute after it does not.
        var around = await vp.GetFromJsonAsync<JsonElement>($"/api/reports/major-complaints?from={Iso(markedAt.AddMinutes(-1))}&to={Iso(markedAt.AddMinutes(1))}");
        Assert.Single(around.GetProperty("complaints").EnumerateArray(), c => c.GetProperty("ticketId").GetGuid() == complaint.Id);
        var after = await vp.GetFromJsonAsync<JsonElement>($"/api/reports/major-complaints?from={Iso(markedAt.AddSeconds(1))}&to={Iso(markedAt.AddMinutes(1))}");
        Assert.DoesNotContain(after.GetProperty("complaints").EnumerateArray(), c => c.GetProperty("ticketId").GetGuid() == complaint.Id);
    }

    [Theory]
    [InlineData("from=2025-01-01&to=2026-01-02", "to")] // 367 days, both included
    [InlineData("from=2026-01-02&to=2026-01-01", "to")]
    [InlineData("from=2026/01/01", "from")]
    [InlineData("to=2026-01-01T00:00:00", "to")] // a date-time without its offset
    public async Task A8_1_4_a_bad_or_too_long_period_is_a_problem_naming_the_field(string query, string field)
    {
        using var response = await fixture.Host.ClientAs(Support.Analyses.QualityStaff).GetAsync($"/api/reports/major-complaints?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Problem()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private static string Iso(DateTimeOffset at) => Uri.EscapeDataString(at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
}
