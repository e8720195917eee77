using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>A8.1.4: a major complaint QualityDept marks is reported to the vice-president at once, once per ticket.</summary>
[Collection(ReportingCollection.Name)]
public sealed class MajorComplaintTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A8_1_4_marked_major_complaint_reaches_the_vice_presidents_inbox_at_once_and_a_second_mark_answers_the_first()
    {
        var project = await fixture.NewProject();
        var complaint = await fixture.Register(project, "Complaint", household: "5-501");
        var number = await TicketNumber(complaint.Id);
        var noticesBefore = (await fixture.Inbox(Support.Analyses.VicePresident, Kind)).Count;
        var now = fixture.Clock.GetUtcNow();

        using var first = await fixture.Host.ClientAs(Support.Analyses.QualityStaff)
            .PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = complaint.Id, reason = "業主聯名投訴，媒體關注" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var marked = await first.Content.ReadFromJsonAsync<JsonElement>();
        // The server resolves the ticket's number, project and branch, and stamps the mark with its (fake) clock, stored to the microsecond.
        Assert.Equal(("業主聯名投訴，媒體關注", "qd-staff"), (marked.GetProperty("reason").GetString(), marked.GetProperty("markedBy").GetString()));
        Assert.Equal((number, project, Demo.North), (marked.GetProperty("number").GetInt64(), marked.GetProperty("projectId").GetString(), marked.GetProperty("branchId").GetString()));
        Assert.Equal(now.AddTicks(-(now.Ticks % 10)), marked.GetProperty("markedAt").GetDateTimeOffset());

        var itemId = $"major-complaint/{complaint.Id:N}";
        var delivered = await Eventually.Get(() => fixture.Inbox(Support.Analyses.VicePresident, Kind),
            items => items.Any(i => i.GetProperty("id").GetString() == itemId));
        var item = delivered.Single(i => i.GetProperty("id").GetString() == itemId);
        Assert.Equal(complaint.Id, item.GetProperty("ticketId").GetGuid());
        Assert.Equal($"【重大投訴 · 報分管領導】工單 {number}（{project}）：業主聯名投訴，媒體關注", item.GetProperty("title").GetString());
        Assert.Equal(noticesBefore + 1, delivered.Count);

        // Marked again, by another member of QualityDept with another reason: the first mark answers, as it was.
        using var second = await fixture.Host.ClientAs(Demo.QualityHead)
            .PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = complaint.Id, reason = "再次標記" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(marked.GetRawText(), (await second.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());

        // Another complaint marked after it is the signal that the second mark's notice, if any, has been handled:
        // once its item is there, the vice-president has exactly one more notice, none of them a second one of this ticket.
        var other = await fixture.Register(project, "Complaint", household: "5-505");
        using var sentinel = await fixture.Host.ClientAs(Support.Analyses.QualityStaff)
            .PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = other.Id, reason = "漏水多日未處理" });
        Assert.Equal(HttpStatusCode.Created, sentinel.StatusCode);
        var items = await Eventually.Get(() => fixture.Inbox(Support.Analyses.VicePresident, Kind),
            all => all.Any(i => i.GetProperty("id").GetString() == $"major-complaint/{other.Id:N}"));
        Assert.Equal(noticesBefore + 2, items.Count);
        var only = Assert.Single(items, i => i.GetProperty("ticketId").GetString() == complaint.Id.ToString());
        Assert.Equal(item.GetProperty("title").GetString(), only.GetProperty("title").GetString());

        // The list of the day shows it, to the vice-president too.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime).ToString("yyyy-MM-dd");
        var list = await fixture.Host.ClientAs(Support.Analyses.VicePresident).GetFromJsonAsync<JsonElement>($"/api/reports/major-complaints?from={today}&to={today}");
        var listed = Assert.Single(list.GetProperty("complaints").EnumerateArray(), c => c.GetProperty("ticketId").GetGuid() == complaint.Id);
        Assert.Equal(("業主聯名投訴，媒體關注", number), (listed.GetProperty("reason").GetString(), listed.GetProperty("number").GetInt64()));
    }

    [Fact]
    public async Task A8_1_4_marking_refuses_an_unknown_ticket_a_ticket_that_is_not_a_complaint_and_a_mark_without_reason()
    {
        var project = await fixture.NewProject();
        var suggestion = await fixture.Register(project, "Suggestion", household: "5-502");
        var complaint = await fixture.Register(project, "Complaint", household: "5-503");
        var quality = fixture.Host.ClientAs(Support.Analyses.QualityStaff);
        var noticesBefore = (await fixture.Inbox(Support.Analyses.VicePresident, Kind)).Count;

        using var unknown = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = Guid.NewGuid(), reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var notComplaint = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = suggestion.Id, reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, notComplaint.StatusCode);
        using var noReason = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = complaint.Id, reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(["reason"], (await noReason.Problem()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        using var noTicket = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { reason = "x" });
        Assert.Equal(["ticketId"], (await noTicket.Problem()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        // A mark accepted after the refused ones is the signal: once its notice is in, the refused ones' would be too.
        var accepted = await fixture.Register(project, "Complaint", household: "5-506");
        using var marked = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = accepted.Id, reason = "業主聯名投訴" });
        Assert.Equal(HttpStatusCode.Created, marked.StatusCode);
        var items = await Eventually.Get(() => fixture.Inbox(Support.Analyses.VicePresident, Kind),
            all => all.Any(i => i.GetProperty("id").GetString() == $"major-complaint/{accepted.Id:N}"));

        // None of the refused ones was marked, nor told to the vice-president: the accepted one is the only new notice.
        Assert.Equal(noticesBefore + 1, items.Count);
        Assert.DoesNotContain(items, i => i.GetProperty("ticketId").GetString() is { } t && (t == suggestion.Id.ToString() || t == complaint.Id.ToString()));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime).ToString("yyyy-MM-dd");
        var list = await fixture.Host.ClientAs(Support.Analyses.QualityStaff).GetFromJsonAsync<JsonElement>($"/api/reports/major-complaints?from={today}&to={today}");
        var listed = list.GetProperty("complaints").EnumerateArray().Select(c => c.GetProperty("ticketId").GetGuid()).ToList();
        Assert.Contains(accepted.Id, listed);
        Assert.DoesNotContain(suggestion.Id, listed);
        Assert.DoesNotContain(complaint.Id, listed);
    }

    [Theory]
    [InlineData("cc-agent-1")]
    [InlineData("vp")]
    [InlineData("north-head")]
    public async Task A8_1_4_only_QualityDept_marks_a_complaint_major(string person)
    {
        var project = await fixture.NewProject();
        var complaint = await fixture.Register(project, "Complaint", household: "5-504");

        using var response = await fixture.Host.ClientAs(person).PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = complaint.Id, reason = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private const string Kind = "MajorComplaintReported";

    /// <summary>The ticket's number as the tickets module gives it (the Ticket-Number header of its route).</summary>
    private async Task<long> TicketNumber(Guid ticket)
    {
        using var response = await fixture.Host.ClientAs(Reports.Agent).GetAsync($"/api/tickets/{ticket}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return long.Parse(response.Headers.GetValues("Ticket-Number").Single(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
