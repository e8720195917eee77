using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Routing;
using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Escalation.Tests.Policy;

/// <summary>Routing from the staff directory, without a cluster: scopes matter, roles are matched exactly.</summary>
public sealed class WarningRoutingTests
{
    private static readonly ImmutableArray<PersonInfo> People =
    [
        Person("sup", Role.CallCenterSupervisor, ScopeKind.Company, "company"),
        Person("qd", Role.QualityDeptHead, ScopeKind.Company, "company"),
        Person("gm", Role.GeneralManager, ScopeKind.Company, "company"),
        Person("head-a", Role.BranchHead, ScopeKind.Branch, "a"),
        Person("head-b", Role.BranchHead, ScopeKind.Branch, "b"),
        Person("pm-1", Role.ProjectManager, ScopeKind.Project, "p1"),
        Person("pm-2", Role.ProjectManager, ScopeKind.Project, "p2"),
        Person("eng", Role.EngineeringDeptStaff, ScopeKind.Company, "company"),
        Person("legal", Role.LegalDeptStaff, ScopeKind.Company, "company"),
    ];

    private static readonly WarningSubject Subject = new(Guid.NewGuid(), "p1", "a", "issue", []);

    [Fact]
    public void A11_1_r_blue_goes_to_the_subjects_branch_head_and_project_manager_only()
    {
        Assert.Equal(["sup"], WarningRouting.Verifiers(WarningLevel.Blue, People).ToArray());
        Assert.Equal(["head-a", "pm-1"], WarningRouting.AtVerification(WarningLevel.Blue, Subject, People).ToArray());
    }

    [Fact]
    public void A11_2_yellow_adds_quality_heads()
    {
        Assert.Equal(["sup"], WarningRouting.Verifiers(WarningLevel.Yellow, People).ToArray());
        Assert.Equal(["head-a", "pm-1", "qd"], WarningRouting.AtVerification(WarningLevel.Yellow, Subject, People).Order());
    }

    [Fact]
    public void A11_r_red_is_verified_by_supervisor_and_quality_head_and_its_plan_is_owed_by_the_unit_not_by_quality_head_or_general_manager()
    {
        Assert.Equal(["qd", "sup"], WarningRouting.Verifiers(WarningLevel.Red, People).Order());
        // Those who can answer: the unit now, the departments once assigned. QualityDept's head assigns; the GM gets the plan.
        Assert.Equal(["head-a", "pm-1"], WarningRouting.AtVerification(WarningLevel.Red, Subject, People).Order());
        Assert.Empty(WarningRouting.AtVerification(WarningLevel.Red, Subject with { ProjectId = null, BranchId = null }, People));
        Assert.Equal(["qd"], WarningRouting.QualityDeptHeads(People).ToArray());
        Assert.Equal(["eng"], WarningRouting.DepartmentStaff(["EngineeringDept"], People).ToArray());
    }

    [Fact]
    public void A11_r_reminders_go_to_the_verifiers_who_have_not_acted()
    {
        Assert.Equal(["qd", "sup"], WarningRouting.Outstanding(WarningLevel.Red, [], People).Order());
        Assert.Equal(["qd"], WarningRouting.Outstanding(WarningLevel.Red, [new Actor("sup", "CallCenterSupervisor")], People).ToArray());
        Assert.Empty(WarningRouting.Outstanding(WarningLevel.Blue, [new Actor("sup", "CallCenterSupervisor")], People));
    }

    [Fact]
    public void A11_r_department_codes_are_read_ignoring_case_and_nothing_else()
    {
        Assert.True(Departments.TryNormalize(" engineeringdept ", out var code));
        Assert.Equal("EngineeringDept", code);
        Assert.False(Departments.TryNormalize("QualityDept", out _));
        Assert.Equal(5, Departments.Codes.Count());
    }

    [Fact]
    public void A12_months_are_business_months()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.Equal("2026-12", PenaltyMonths.Of(new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero), zone));
        Assert.Equal("2026-11", PenaltyMonths.Of(new DateTimeOffset(2026, 11, 30, 15, 59, 59, TimeSpan.Zero), zone));
        Assert.True(PenaltyMonths.IsValid("2026-11"));
        Assert.All(new[] { "2026-13", "2026-00", "26-11", "2026-1", "abcd-ef", null }, m => Assert.False(PenaltyMonths.IsValid(m)));
    }

    private static PersonInfo Person(string id, Role role, ScopeKind scope, string scopeId) =>
        new(id, id, null, [new RoleAssignment(role, scope, scopeId)]);
}
