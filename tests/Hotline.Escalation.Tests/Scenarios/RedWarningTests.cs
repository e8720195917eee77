using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
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
    public async Task A11_r_verified_red_gives_each_person_the_item_matching_their_part()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Red);

        // The unit owes the plan; QualityDept's head assigns departments; the general manager only receives the plan.
        Assert.Equal([Demo.NorthHead, Demo.SunriseManager], verified.RoutedTo.Order());
        Assert.Equal(InboxItemKind.Routed, Assert.Single(await _warnings.Inbox(Demo.SunriseManager, verified.Id)).Kind);
        Assert.Equal(InboxItemKind.AssignDepartmentsRequest, Assert.Single(await _warnings.Inbox(Demo.QualityHead, verified.Id), i => i.Kind != InboxItemKind.VerifyRequest).Kind);
        Assert.Contains("紅色", (await _warnings.Inbox(Demo.QualityHead, verified.Id)).Single(i => i.Kind == InboxItemKind.AssignDepartmentsRequest).Title);
        Assert.Empty(await _warnings.Inbox(Demo.GeneralManager, verified.Id));
        Assert.Equal(verified.VerifiedAt + TimeSpan.FromDays(1), verified.AnswerDueAt);
    }

    [Fact]
    public async Task A11_r_company_wide_red_starts_its_answer_clock_when_departments_who_can_answer_are_assigned()
    {
        var key = $"water-cut-{Guid.NewGuid():N}";
        var command = new RaiseWarning(WarningLevel.Red, WarningTrigger.CompanySameIssue, new WarningSubject(null, null, null, key, []), "A11.3.2: 5% of the company's households", WarningDriver.System, null);
        var id = IncidentWarningIds.For("company", key, 1);
        await _warnings.Grain(id).Raise(command);
        await _warnings.Verify(id);
        var verified = await _warnings.Verify(id, Demo.QualityHead, "QualityDeptHead");

        // Nobody who can answer has it yet: no clock, and no "report a plan" item to anyone.
        Assert.Equal(WarningStatus.Verified, verified.Status);
        Assert.Empty(verified.RoutedTo);
        Assert.Null(verified.AnswerDueAt);
        Assert.Empty(await _warnings.Inbox(Demo.GeneralManager, id));

        fixture.Clock.Advance(TimeSpan.FromHours(3));
        var assigned = await _warnings.Do(id, "assign-departments", new { personId = Demo.QualityHead, role = "QualityDeptHead", departments = new[] { "EngineeringDept" } });

        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromDays(1), assigned.AnswerDueAt);
        Assert.Contains(Demo.EngineeringStaff, assigned.RoutedTo);
        Assert.DoesNotContain(Demo.GeneralManager, assigned.RoutedTo);
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
        Assert.Equal([InboxItemKind.PlanReported], toGm.Select(i => i.Kind).ToArray());
    }

    [Fact]
    public async Task A11_r_only_quality_head_assigns_departments_and_only_of_a_verified_red_warning()
    {
        var red = await _warnings.Raise(WarningLevel.Red);
        var blue = await _warnings.RaiseVerified(WarningLevel.Blue);
        var body = new { personId = Demo.QualityHead, role = "QualityDeptHead", departments = new[] { "EngineeringDept" } };

        var unverified = await _warnings.Send(red.Id, "assign-departments", body);
        var notRed = await _warnings.Send(blue.Id, "assign-departments", body);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, unverified.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, notRed.StatusCode);
        Assert.Equal("StateDoesNotAllow", (await WarningDriver.Problem(unverified)).GetProperty("reason").GetString());
        Assert.Equal("WrongRole", (await WarningDriver.Problem(notRed)).GetProperty("reason").GetString());
        await _warnings.Verify(red.Id);
        await _warnings.Verify(red.Id, Demo.QualityHead, "QualityDeptHead");
        var bySupervisor = await _warnings.Send(red.Id, "assign-departments", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", departments = new[] { "EngineeringDept" } });
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, bySupervisor.StatusCode);

        var unknown = await _warnings.Send(red.Id, "assign-departments", new { personId = Demo.QualityHead, role = "QualityDeptHead", departments = new[] { "CateringDept" } });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await WarningDriver.Problem(unknown)).GetProperty("errors").TryGetProperty("departments", out _));
    }
}
