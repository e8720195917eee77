using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Notifications;

/// <summary>Who hears of a ticket's events, from the staff directory. Pure, so it is tested without a cluster.</summary>
public static class TicketRecipients
{
    /// <summary>A10.1.3.1 / A9.2.2: the project's liaisons and its manager.</summary>
    public static ImmutableArray<string> Dispatched(string projectId, IEnumerable<PersonInfo> people) =>
        RoleHolders.Of(people, r => r.Scope == ScopeKind.Project && r.ScopeId == projectId && r.Role is Role.ProjectLiaison or Role.ProjectManager);

    /// <summary>催單: those a dispatch tells, the project's liaisons and its manager, who must act on the ticket.</summary>
    public static ImmutableArray<string> Urged(string projectId, IEnumerable<PersonInfo> people) => Dispatched(projectId, people);

    /// <summary>A10.3.2–5: the plan is reported to QualityDept (its staff, who watch the platform) and the call center (its supervisor).</summary>
    public static ImmutableArray<string> PlanReported(IEnumerable<PersonInfo> people) =>
        RoleHolders.Of(people, r => r.Role is Role.QualityDeptStaff or Role.CallCenterSupervisor);

    /// <summary>A8.1.4: the vice-president in charge.</summary>
    public static ImmutableArray<string> VicePresidents(IEnumerable<PersonInfo> people) =>
        RoleHolders.Of(people, Role.VicePresident);
}
