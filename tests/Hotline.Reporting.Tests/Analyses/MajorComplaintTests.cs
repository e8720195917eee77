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

        using var first = await fixture.Host.ClientAs(Support.Analyses.QualityStaff)
            .PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = complaint.Id, reason = "業主聯名投訴，媒體關注" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var marked = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("業主聯名投訴，媒體關注", "qd-staff", project), (marked.GetProperty("reason").GetString(), marked.GetProperty("markedBy").GetString(), marked.GetProperty("projectId").GetString()));

        var itemId = $"major-complaint/{complaint.Id:N}";
        var delivered = await Eventually.Get(() => fixture.Inbox(Support.Analyses.VicePresident, "MajorComplaintReported"),
            items => items.Any(i => i.GetProperty("id").GetString() == itemId));
        var item = delivered.Single(i => i.GetProperty("id").GetString() == itemId);
        Assert.Equal(complaint.Id, item.GetProperty("ticketId").GetGuid());
        Assert.Contains("業主聯名投訴，媒體關注", item.GetProperty("title").GetString());

        // Marked again, by another member of QualityDept with another reason: the first mark answers, the VP has one item.
        using var second = await fixture.Host.ClientAs(Demo.QualityHead)
            .PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = complaint.Id, reason = "再次標記" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var again = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("業主聯名投訴，媒體關注", "qd-staff"), (again.GetProperty("reason").GetString(), again.GetProperty("markedBy").GetString()));
        Assert.Equal(marked.GetProperty("markedAt").GetDateTimeOffset(), again.GetProperty("markedAt").GetDateTimeOffset());
        var items = await fixture.Inbox(Support.Analyses.VicePresident, "MajorComplaintReported");
        Assert.Single(items, i => i.GetProperty("ticketId").GetString() == complaint.Id.ToString());

        // The list of the day shows it, to the vice-president too.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime).ToString("yyyy-MM-dd");
        var list = await fixture.Host.ClientAs(Support.Analyses.VicePresident).GetFromJsonAsync<JsonElement>($"/api/reports/major-complaints?from={today}&to={today}");
        Assert.Single(list.GetProperty("complaints").EnumerateArray(), c => c.GetProperty("ticketId").GetGuid() == complaint.Id);
    }

    [Fact]
    public async Task A8_1_4_marking_refuses_an_unknown_ticket_a_ticket_that_is_not_a_complaint_and_a_mark_without_reason()
    {
        var project = await fixture.NewProject();
        var suggestion = await fixture.Register(project, "Suggestion", household: "5-502");
        var complaint = await fixture.Register(project, "Complaint", household: "5-503");
        var quality = fixture.Host.ClientAs(Support.Analyses.QualityStaff);

        using var unknown = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = Guid.NewGuid(), reason = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var notComplaint = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = suggestion.Id, reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, notComplaint.StatusCode);
        using var noReason = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { ticketId = complaint.Id, reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(["reason"], (await noReason.Problem()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        using var noTicket = await quality.PostAsJsonAsync("/api/reports/major-complaints", new { reason = "x" });
        Assert.Equal(["ticketId"], (await noTicket.Problem()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        // None of the refused ones was marked, nor told to the vice-president.
        var items = await fixture.Inbox(Support.Analyses.VicePresident, "MajorComplaintReported");
        Assert.DoesNotContain(items, i => i.GetProperty("ticketId").GetString() is { } t && (t == suggestion.Id.ToString() || t == complaint.Id.ToString()));
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
}
