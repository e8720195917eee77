using System.Net;
using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Figures;

/// <summary>A8.3.2 / A11: how fast a project's warnings were verified and answered, and the penalty points they booked (A12).</summary>
[Collection(ReportingCollection.Name)]
public sealed class WarningFiguresTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A8_3_2_WarningVerifiedAfter30Minutes_AnsweredAfter90More_AndItsPenaltyCountsThisMonth()
    {
        var project = await fixture.NewProject();
        var ticket = await fixture.Register(project, "Complaint");
        var raisedAt = fixture.Clock.GetUtcNow();
        var command = new RaiseWarning(WarningLevel.Blue, WarningTrigger.Overdue,
            new WarningSubject(ticket.Id, project, Demo.North, ticket.IssueKey, [ticket.Id]), "Blue: unhandled past its time limit",
            new Actor("hotline", "System"), null);
        var warning = fixture.Grains.GetGrain<IWarningGrain>(WarningIds.ForTicket(ticket.Id, command.Trigger, command.Level));
        var raised = await warning.Raise(command);

        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        var verify = await fixture.Http.PostAsJsonAsync($"/api/warnings/{raised.Id}/verify", new { personId = Demo.Supervisor, role = "CallCenterSupervisor" });
        Assert.True(verify.StatusCode == HttpStatusCode.OK, await verify.Content.ReadAsStringAsync());
        var verified = (await warning.Get())!;
        Assert.NotEmpty(verified.RoutedTo);

        fixture.Clock.Advance(TimeSpan.FromMinutes(90));
        var answered = await warning.Answer(new WarningAnswer("明天更換門機", fixture.Clock.GetUtcNow().AddDays(1), new Actor(verified.RoutedTo[0], "BranchHead"), default));
        Assert.Equal(WarningStatus.Answered, answered.Warning!.Status);

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(raisedAt, Demo.Zone).DateTime);
        var figures = await fixture.Figures().For(ReportScope.Project(project), ReportPeriod.OfDays(day, day, Demo.Zone));

        Assert.Equal(new NamedCount[] { new("Blue", 1) }, figures.Warnings.RaisedByLevel);
        Assert.Equal(new NamedCount[] { new("Blue", 1) }, figures.Warnings.OpenByLevel); // answered, not closed yet
        Assert.Equal((1L, 30.0, 1L, 90.0), (figures.Warnings.Verified, figures.Warnings.AverageMinutesToVerify!.Value,
            figures.Warnings.Answered, figures.Warnings.AverageMinutesToAnswer!.Value));
        // A blue warning books 0.2 points (config/escalation-policy.json) in the month it was verified.
        var verifiedMonth = TimeZoneInfo.ConvertTime(raisedAt.AddMinutes(30), Demo.Zone).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((verifiedMonth, 0.2m), (figures.PenaltyMonth, figures.PenaltyPoints));
    }
}
