using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>A11.r: red goes to the supervisor and QualityDept's head, then to the functional departments, and its plan to the general manager.</summary>
[Collection(EscalationCollection.Name)]
public sealed class RedWarningTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A11_r_red_warning_goes_to_supervisor_and_quality_head_and_needs_both_to_verify()
    {
        var raised = await _warnings.Raise(WarningLevel.Red);
        Assert.Equal(InboxItemKind.VerifyRequest, Assert.Single(await _warnings.Inbox(Demo.Supervisor, raised.Id)).Kind);
        Assert.Equal(InboxItemKind.VerifyRequest, Assert.Single(await _warnings.Inbox(Demo.QualityHead, raised.Id)).Kind);

        var half = await _warnings.Verify(raised.Id);
        Assert.Equal(WarningStatus.Raised, half.Status);
        Assert.Null(half.VerifiedAt);
        Assert.Empty(await _warnings.Inbox(Demo.GeneralManager, raised.Id));

        var again = await _warnings.Verify(raised.Id, "cc-supervisor", "callcentersupervisor");
        Assert.Equal(half.Version, again.Version);

        var verified = await _warnings.Verify(raised.Id, Demo.QualityHead, "QualityDeptHead");
        Assert.Equal(WarningStatus.Verified, verified.Status);
        Assert.Equal(["CallCenterSupervisor", "QualityDeptHead"], verified.VerifiedBy.Select(a => a.Role).Order());
        Assert.Equal([Demo.Supervisor, Demo.QualityHead], verified.VerifiedBy.Select(a => a.PersonId));
    }

    [Fact]
    public async Task A11_r_verified_red_goes_to_quality_head_and_is_reported_to_the_general_manager()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Red);

        Assert.Equal([Demo.GeneralManager, Demo.QualityHead], verified.RoutedTo.Order());
        Assert.Contains(await _warnings.Inbox(Demo.QualityHead, verified.Id), i => i.Kind == InboxItemKind.Routed);
        Assert.Contains("紅色", Assert.Single(await _warnings.Inbox(Demo.GeneralManager, verified.Id)).Title);
        Assert.Empty(await _warnings.Inbox(Demo.NorthHead, verified.Id));
    }

    [Fact]
    public async Task A11_r_assigned_departments_notify_their_staff_who_plan_with_quality_head_and_report_to_the_general_manager()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Red);

        var assigned = await _warnings.Do(verified.Id, "assign-departments", new { personId = Demo.QualityHead, role = "QualityDeptHead", departments = new[] { "EngineeringDept", "securitydept" } });

        Assert.Equal(["EngineeringDept", "SecurityDept"], assigned.AssignedDepartments.ToArray());
        Assert.Contains(Demo.EngineeringStaff, assigned.RoutedTo);
        Assert.Contains(Demo.SecurityStaff, assigned.RoutedTo);
        Assert.Equal(InboxItemKind.DepartmentsAssigned, Assert.Single(await _warnings.Inbox(Demo.EngineeringStaff, verified.Id)).Kind);
        Assert.Equal(InboxItemKind.DepartmentsAssigned, Assert.Single(await _warnings.Inbox(Demo.SecurityStaff, verified.Id)).Kind);
        Assert.Empty(await _warnings.Inbox("legal-staff", verified.Id));

        var repeated = await _warnings.Do(verified.Id, "assign-departments", new { personId = Demo.QualityHead, role = "QualityDeptHead", departments = new[] { "EngineeringDept" } });
        Assert.Equal(assigned.Version, repeated.Version);

        var answered = await _warnings.Do(verified.Id, "answer", new
        {
            personId = Demo.EngineeringStaff, role = "EngineeringDeptStaff", plan = "工程部與品質部聯合整改電梯", completionDueAt = fixture.Clock.GetUtcNow().AddDays(3),
        });

        Assert.Equal(WarningStatus.Answered, answered.Status);
        Assert.Equal(Demo.EngineeringStaff, answered.Answer!.By.PersonId);
        var toGm = await _warnings.Inbox(Demo.GeneralManager, verified.Id);
        Assert.Equal([InboxItemKind.Routed, InboxItemKind.PlanReported], toGm.Select(i => i.Kind).Order());
    }

    [Fact]
    public async Task A11_r_only_quality_head_assigns_departments_and_only_of_a_verified_red_warning()
    {
        var red = await _warnings.Raise(WarningLevel.Red);
        var blue = await _warnings.RaiseVerified(WarningLevel.Blue);
        var body = new { personId = Demo.QualityHead, role = "QualityDeptHead", departments = new[] { "EngineeringDept" } };

        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await _warnings.Send(red.Id, "assign-departments", body)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await _warnings.Send(blue.Id, "assign-departments", body)).StatusCode);
        await _warnings.Verify(red.Id);
        await _warnings.Verify(red.Id, Demo.QualityHead, "QualityDeptHead");
        var bySupervisor = await _warnings.Send(red.Id, "assign-departments", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", departments = new[] { "EngineeringDept" } });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, bySupervisor.StatusCode);

        var unknown = await _warnings.Send(red.Id, "assign-departments", new { personId = Demo.QualityHead, role = "QualityDeptHead", departments = new[] { "CateringDept" } });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await WarningDriver.Problem(unknown)).GetProperty("errors").TryGetProperty("departments", out _));
    }
}
