using System.Net;
using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>A11 product decision: the supervisor may dismiss a raised warning with a reason; A12: a dismissed warning deducts nothing.</summary>
[Collection(EscalationCollection.Name)]
public sealed class DismissalTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A12_dismissal_needs_a_reason_and_books_nothing()
    {
        var raised = await _warnings.Raise(WarningLevel.Yellow);
        var month = WarningDriver.MonthOf(fixture.Clock.GetUtcNow());
        var before = await _warnings.Scores(month);

        var noReason = await _warnings.Send(raised.Id, "dismiss", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await WarningDriver.Problem(noReason)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(WarningStatus.Raised, (await _warnings.Get(raised.Id)).Status);

        var dismissed = await _warnings.Do(raised.Id, "dismiss", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", reason = "業主已撤回投訴" });

        Assert.Equal(WarningStatus.Dismissed, dismissed.Status);
        Assert.Equal("業主已撤回投訴", dismissed.DismissalReason);
        Assert.Empty(dismissed.RoutedTo);
        Assert.Equal(HttpStatusCode.Conflict, (await _warnings.Send(raised.Id, "verify", new { personId = Demo.Supervisor, role = "CallCenterSupervisor" })).StatusCode);
        Assert.Empty(await fixture.Http.GetFromJsonAsync<PenaltyEntry[]>($"/api/warnings/{raised.Id}/penalties", Json.Options) ?? []);
        var after = await _warnings.Scores(month);
        Assert.Equal(before.QualityDept, after.QualityDept);
        Assert.Empty(await _warnings.Inbox(Demo.NorthHead, raised.Id));
    }

    [Fact]
    public async Task A11_r_red_warning_is_dismissed_only_by_both_the_supervisor_and_quality_head_never_by_a_branch_head()
    {
        var red = await _warnings.Raise(WarningLevel.Red);

        var byBranchHead = await _warnings.Send(red.Id, "dismiss", new { personId = Demo.NorthHead, role = "BranchHead", reason = "not ours" });
        Assert.Equal(HttpStatusCode.Forbidden, byBranchHead.StatusCode);

        var half = await _warnings.Do(red.Id, "dismiss", new { personId = Demo.QualityHead, role = "QualityDeptHead", reason = "無媒體或群訪風險" });
        Assert.Equal(WarningStatus.Raised, half.Status);
        Assert.Equal(["QualityDeptHead"], half.DismissedBy.Select(a => a.Role).ToArray());

        var dismissed = await _warnings.Do(red.Id, "dismiss", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", reason = "業主已平息" });
        Assert.Equal(WarningStatus.Dismissed, dismissed.Status);
        Assert.Equal(["CallCenterSupervisor", "QualityDeptHead"], dismissed.DismissedBy.Select(a => a.Role).Order());
    }

    [Fact]
    public async Task A11_r_a_red_warning_one_verifier_dismissed_is_not_verified_by_that_role()
    {
        var red = await _warnings.Raise(WarningLevel.Red);
        await _warnings.Do(red.Id, "dismiss", new { personId = Demo.QualityHead, role = "QualityDeptHead", reason = "無風險" });

        await _warnings.Verify(red.Id);
        var refused = await _warnings.Send(red.Id, "verify", new { personId = Demo.QualityHead, role = "QualityDeptHead" });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("OtherVerifierPending", (await WarningDriver.Problem(refused)).GetProperty("reason").GetString());
        Assert.Equal(WarningStatus.Raised, (await _warnings.Get(red.Id)).Status);
        Assert.Empty(await fixture.Http.GetFromJsonAsync<PenaltyEntry[]>($"/api/warnings/{red.Id}/penalties", Json.Options) ?? []);
    }

    [Fact]
    public async Task A12_a_verified_warning_is_not_dismissed_but_corrected_by_a_reversal()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Blue);

        var late = await _warnings.Send(verified.Id, "dismiss", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", reason = "mistake" });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var problem = await WarningDriver.Problem(late);
        Assert.Equal(("Verified", "StateDoesNotAllow"), (problem.GetProperty("currentStatus").GetString(), problem.GetProperty("reason").GetString()));
    }
}
