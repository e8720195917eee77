using System.Collections.Frozen;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Lists;

namespace Hotline.Tickets.Queries;

/// <summary>
/// Who must act next on a ticket, by the workflow's next step: the handling unit (start, contact, plan, resolve,
/// follow the owner up, decide a suggestion), the group (confirm or return a reported plan: call center and QualityDept),
/// the call center (callback, close) or the call-center supervisor (review a pending statement). Lists filter on it, and "needs my action" is the parties the caller's role is in.
/// </summary>
public static class TicketAssignee
{
    // The names are the list's contract (TicketListValues), so the console offers the same choices the parser takes.
    public const string Unit = TicketListValues.Unit;
    public const string PlanConfirmation = TicketListValues.PlanConfirmation;
    public const string CallCenter = TicketListValues.CallCenter;
    public const string Supervisor = TicketListValues.Supervisor;

    /// <summary>The unit's step, while a handler holds the ticket (issue 11's dispatch): the handler acts (the unit still may).</summary>
    public const string Handler = TicketListValues.Handler;

    public static readonly IReadOnlyList<string> All = TicketListValues.Assignees;

    // A10.1–A10.4 and the access table's command rights: which party each role acts for.
    private static readonly FrozenDictionary<Role, string[]> PartiesOf = new Dictionary<Role, string[]>
    {
        [Role.CallCenterAgent] = [CallCenter, PlanConfirmation],
        [Role.CallCenterSupervisor] = [CallCenter, Supervisor, PlanConfirmation],
        [Role.ProjectLiaison] = [Unit],
        [Role.ProjectManager] = [Unit],
        [Role.BranchHead] = [Unit],
        [Role.QualityDeptStaff] = [PlanConfirmation],
        [Role.QualityDeptHead] = [PlanConfirmation],
        [Role.ProjectHandler] = [Handler],
    }.ToFrozenDictionary();

    public static string? Of(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Status is TicketStatus.Closed or TicketStatus.Invalid)
        {
            return null;
        }

        if (ticket.Status == TicketStatus.Resolved)
        {
            return CallCenter;
        }

        if (ticket.Statement is { Pending: true })
        {
            return Supervisor;
        }

        // A10.3.2–5: a reported plan waits for the group's confirmation; A10.2.3: the unit (liaison included) decides a suggestion.
        return ticket.Plan is { AwaitingConfirmation: true } ? PlanConfirmation
            : ticket.Handler is not null ? Handler
            : Unit;
    }

    /// <summary>The parties a role acts for; none for roles that take no step in a ticket's workflow.</summary>
    public static IReadOnlyList<string> For(Role role) => PartiesOf.GetValueOrDefault(role) ?? [];
}
