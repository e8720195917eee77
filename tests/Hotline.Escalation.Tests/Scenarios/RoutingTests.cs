using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>Who hears of a warning, and when: A11.1.r (blue), A11.2 (yellow), A11.r (red).</summary>
[Collection(EscalationCollection.Name)]
public sealed class RoutingTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A11_1_r_blue_warning_goes_to_supervisor_then_branch_head_and_project_manager()
    {
        var raised = await _warnings.Raise(WarningLevel.Blue);

        Assert.Equal(WarningStatus.Raised, raised.Status);
        Assert.Equal(InboxItemKind.VerifyRequest, Assert.Single(await _warnings.Inbox(Demo.Supervisor, raised.Id)).Kind);
        Assert.Empty(await _warnings.Inbox(Demo.NorthHead, raised.Id));
        Assert.Empty(await _warnings.Inbox(Demo.QualityHead, raised.Id));

        var verified = await _warnings.Verify(raised.Id);

        Assert.Equal(WarningStatus.Verified, verified.Status);
        Assert.Equal(fixture.Clock.GetUtcNow(), verified.VerifiedAt);
        Assert.Equal([Demo.NorthHead, Demo.SunriseManager], verified.RoutedTo.Order());
        foreach (var person in new[] { Demo.NorthHead, Demo.SunriseManager })
        {
            var item = Assert.Single(await _warnings.Inbox(person, raised.Id));
            Assert.Equal(InboxItemKind.Routed, item.Kind);
            Assert.Equal(WarningLevel.Blue, item.Level);
            Assert.Contains("旭日花園", item.Title);
            Assert.Contains("藍色", item.Title);
        }

        Assert.Empty(await _warnings.Inbox(Demo.SouthHead, raised.Id));
        Assert.Empty(await _warnings.Inbox(Demo.QualityHead, raised.Id));
    }

    [Fact]
    public async Task A11_1_r_plan_and_completion_time_are_due_one_day_after_verification()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Blue);

        Assert.Equal(TimeSpan.FromDays(1), verified.AnswerDueAt - verified.VerifiedAt);
    }

    [Fact]
    public async Task A11_2_yellow_warning_goes_after_verification_to_quality_head_branch_head_and_project_manager()
    {
        var raised = await _warnings.Raise(WarningLevel.Yellow);
        Assert.Single(await _warnings.Inbox(Demo.Supervisor, raised.Id));
        Assert.Empty(await _warnings.Inbox(Demo.QualityHead, raised.Id));

        var verified = await _warnings.Verify(raised.Id);

        Assert.Equal([Demo.NorthHead, Demo.QualityHead, Demo.SunriseManager], verified.RoutedTo.Order());
        Assert.Equal(TimeSpan.FromDays(1), verified.AnswerDueAt - verified.VerifiedAt);
        foreach (var person in verified.RoutedTo)
        {
            Assert.Equal(InboxItemKind.Routed, Assert.Single(await _warnings.Inbox(person, raised.Id)).Kind);
        }
    }

    [Fact]
    public async Task A11_1_r_verification_needs_the_call_center_supervisor()
    {
        var raised = await _warnings.Raise(WarningLevel.Blue);

        var byManager = await _warnings.Send(raised.Id, "verify", new { personId = Demo.SunriseManager, role = "ProjectManager" });

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, byManager.StatusCode);
        var problem = await WarningDriver.Problem(byManager);
        Assert.Contains("CallCenterSupervisor", problem.GetProperty("detail").GetString());
        Assert.Equal(WarningStatus.Raised, (await _warnings.Get(raised.Id)).Status);
        Assert.Empty(await _warnings.Inbox(Demo.NorthHead, raised.Id));
    }
}
