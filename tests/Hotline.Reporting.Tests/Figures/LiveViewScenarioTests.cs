using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Reporting.Tests.Figures;

/// <summary>
/// The live view of one project of the test's own (A6, A8.1.1): tickets of each kind and channel taken through their
/// clocks, and an invalid complaint (A10.4) counted on its own and left out of every clock figure. Expected figures are
/// counted by hand from the steps below.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class LiveViewScenarioTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A6_A10_4_LiveView_CountsKindsChannelsAndClocks_InvalidComplaintOutOfTimeliness()
    {
        var project = await fixture.NewProject();
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime);

        // c1: handled at once, start, contact, plan and resolution met on time; called back and rated 5/4/3.
        var c1 = await fixture.Register(project, "Complaint");
        await fixture.InProgress(c1.Id);
        await fixture.Do(c1.Id, "resolve", TicketSteps.Unit, new { note = "已更換門機" });
        await fixture.Do(c1.Id, "callback", Reports.Agent, new { reached = true, rating = 5 });
        await fixture.Do(c1.Id, "rate", Reports.Agent, new { overall = 5, speed = 4, attitude = 3 });

        // c2 is never started (its start clock breached); c3 is started only after its breach (met late).
        var c2 = await fixture.Register(project, "Complaint");
        var c3 = await fixture.Register(project, "Complaint");
        await Eventually.Get(
            () => Task.WhenAll(fixture.Host.Http.GetTicket(c2.Id), fixture.Host.Http.GetTicket(c3.Id)),
            views => views.All(v => v.Clocks.Single(c => c.Kind == ClockKind.Start).BreachRecordedAt is not null),
            fixture.Clock, TimeSpan.FromMinutes(5));
        await fixture.Do(c3.Id, "start", TicketSteps.Unit);

        // r1: a repair by the web channel, started in time (its contact clock runs).
        var r1 = await fixture.WebRepair(project, "2-201");
        await fixture.Do(r1, "start", TicketSteps.Unit);

        // inv: started in time, then found not the company's responsibility (A10.4).
        var inv = await fixture.Register(project, "Complaint");
        await fixture.Do(inv.Id, "start", TicketSteps.Unit);
        await fixture.Do(inv.Id, "file-statement", TicketSteps.Unit, new { reason = "失竊屬公安處理範圍，非物業責任" });
        var invalid = await fixture.Do(inv.Id, "review-statement", Demo.Supervisor, new { accepted = true, note = "同意" });
        Assert.Equal(TicketStatus.Invalid, invalid.Status);

        // s1 adopted (its reply clock met), s2 not decided yet (its reply clock runs).
        var s1 = await fixture.Register(project, "Suggestion");
        await fixture.Do(s1.Id, "decide", TicketSteps.Unit, new { adopted = true, note = "我們會加裝" });
        var s2 = await fixture.Register(project, "Suggestion");

        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime);
        var figures = await fixture.Figures().For(ReportScope.Project(project), ReportPeriod.OfDays(first, last, Demo.Zone));

        // 4 complaints (c1, c2, c3, inv), 1 repair, 2 suggestions; all by the call center but r1.
        Assert.Equal(7, figures.Received.Total);
        Assert.Equal(new NamedCount[] { new("Complaint", 4), new("Suggestion", 2), new("Repair", 1) }, figures.Received.ByKind);
        Assert.Equal(new NamedCount[] { new("call-center", 6), new("web", 1) }, figures.Received.ByChannel);
        var views = await Task.WhenAll(new[] { c1.Id, c2.Id, c3.Id, r1, inv.Id, s1.Id, s2.Id }.Select(fixture.Host.Http.GetTicket));
        Assert.Equal(
            views.GroupBy(v => v.Category).Select(g => (g.Key, (long)g.Count())).OrderBy(c => c.Key, StringComparer.Ordinal),
            figures.Received.ByCategory.Select(c => (c.Name, c.Count)).OrderBy(c => c.Name, StringComparer.Ordinal));
        Assert.Equal(1, figures.InvalidComplaints);

        // Open now: everything but closed and invalid, by the status each ticket's own view shows.
        Assert.Equal(
            views.Where(v => v.Status is not (TicketStatus.Closed or TicketStatus.Invalid))
                .GroupBy(v => v.Status.ToString()).Select(g => (g.Key, (long)g.Count())).OrderBy(c => c.Key, StringComparer.Ordinal),
            figures.OpenByStatus.Select(s => (s.Name, s.Count)).OrderBy(c => c.Name, StringComparer.Ordinal));
        // c1 was closed by its callback and rating, inv is invalid: c2, c3, r1, s1, s2 are open.
        Assert.Equal(TicketStatus.Closed, views[0].Status);
        Assert.Equal(5, figures.OpenByStatus.Sum(s => s.Count));

        // Start: met c1, r1; late c3; breached c2 (inv's met start is left out) → 2 of 4 on time.
        Assert.Equal(new ClockFigures("Start", 2, 1, 1, 0, 0.5), figures.Clocks[0]);
        // Contact: met c1; running c3, r1 (inv's is left out).
        Assert.Equal(new ClockFigures("Contact", 1, 0, 0, 2, 1.0), figures.Clocks[1]);
        Assert.Equal(new ClockFigures("Plan", 1, 0, 0, 0, 1.0), figures.Clocks[2]);
        Assert.Equal(new ClockFigures("Resolution", 1, 0, 0, 0, 1.0), figures.Clocks[3]);
        Assert.Equal(new ClockFigures("SuggestionReply", 1, 0, 0, 1, 1.0), figures.Clocks[4]);

        Assert.Equal(new SuggestionFigures(1, 0, 1), figures.Suggestions);
        Assert.Equal(new RatingFigures(1, 5, 4, 3), figures.Ratings);
        Assert.Equal(0m, figures.PenaltyPoints);
        Assert.Equal(last.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), figures.PenaltyMonth);
    }
}
