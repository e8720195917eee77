using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Security.Access;

namespace Hotline.Security.Tests.Access;

/// <summary>The pure decision, for the cases the HTTP matrix does not reach: warning levels, several roles, acting in a named role.</summary>
public sealed class AccessDecisionTests
{
    private static readonly RoleAssignment Supervisor = new(Role.CallCenterSupervisor, ScopeKind.Company, "company");
    private static readonly RoleAssignment QualityHead = new(Role.QualityDeptHead, ScopeKind.Company, "company");
    private static readonly RoleAssignment SunriseLiaison = new(Role.ProjectLiaison, ScopeKind.Project, "p-sunrise");
    private static readonly AccessRule Verify = AccessTable.Find("POST /api/warnings/{id:guid}/{command}", "verify")!;

    [Theory]
    [InlineData(WarningLevel.Blue, false)]
    [InlineData(WarningLevel.Yellow, false)]
    [InlineData(WarningLevel.Red, true)]
    public void A11_r_QualityDeptHead_VerifiesOnlyRedWarnings(WarningLevel level, bool allowed)
    {
        var verdict = AccessDecision.Decide(Verify, "qd-head", [QualityHead], Warning(level));

        Assert.Equal(allowed, verdict.Allowed);
    }

    [Theory]
    [InlineData(WarningLevel.Blue)]
    [InlineData(WarningLevel.Yellow)]
    [InlineData(WarningLevel.Red)]
    public void A11_1_r_CallCenterSupervisor_VerifiesEveryLevel(WarningLevel level) =>
        Assert.True(AccessDecision.Decide(Verify, "cc-supervisor", [Supervisor], Warning(level)).Allowed);

    [Fact]
    public void Decide_PersonWithTwoGrantedRoles_ActsInTheFirstTheRuleNames()
    {
        var verdict = AccessDecision.Decide(Verify, "both", [QualityHead, Supervisor], Warning(WarningLevel.Red));

        Assert.Equal(Role.CallCenterSupervisor, verdict.ActingRole!.Role);
    }

    [Fact]
    public void Decide_RequestedRoleHeld_ActsInIt()
    {
        var verdict = AccessDecision.Decide(Verify, "both", [Supervisor, QualityHead], Warning(WarningLevel.Red), Role.QualityDeptHead);

        Assert.Equal(Role.QualityDeptHead, verdict.ActingRole!.Role);
    }

    [Fact]
    public void Decide_RequestedRoleNotHeld_IsRefusedNamingIt()
    {
        var verdict = AccessDecision.Decide(Verify, "cc-supervisor", [Supervisor], Warning(WarningLevel.Red), Role.QualityDeptHead);

        Assert.False(verdict.Allowed);
        Assert.Contains("QualityDeptHead", verdict.Refusal);
    }

    [Fact]
    public void Decide_ProjectRoleOnAnotherProjectsTicket_IsRefused()
    {
        var resolve = AccessTable.Find("POST /api/tickets/{id:guid}/{command}", "resolve")!;

        Assert.True(AccessDecision.Decide(resolve, "l", [SunriseLiaison], new AccessResource("p-sunrise", "north")).Allowed);
        Assert.False(AccessDecision.Decide(resolve, "l", [SunriseLiaison], new AccessResource("p-harbour", "south")).Allowed);
        Assert.False(AccessDecision.Decide(resolve, "l", [SunriseLiaison], AccessResource.Company).Allowed);
    }

    [Fact]
    public void Decide_OwnInbox_IsOpenToAnyoneAndAnothersIsNot()
    {
        var inbox = AccessTable.Find("GET /api/inbox", null)!;

        Assert.True(AccessDecision.Decide(inbox, "sunrise-liaison", [SunriseLiaison], new AccessResource(null, null, "sunrise-liaison")).Allowed);
        Assert.False(AccessDecision.Decide(inbox, "sunrise-liaison", [SunriseLiaison], new AccessResource(null, null, "gm")).Allowed);
    }

    [Fact]
    public void Find_UnknownCommand_FallsBackToReadingSoTheEndpointNamesTheField()
    {
        var rule = AccessTable.Find("POST /api/tickets/{id:guid}/{command}", "no-such-command")!;

        Assert.Equal(RoleSets.AllStaff.Length, rule.Roles.Length);
    }

    [Fact]
    public void Find_EndpointNotInTheTable_HasNoRule() => Assert.Null(AccessTable.Find("DELETE /api/tickets/{id:guid}", null));

    private static AccessResource Warning(WarningLevel level) => new("p-sunrise", "north", Level: level);
}
