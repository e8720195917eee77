using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Escalation.Warnings;

/// <summary>
/// <see cref="IIncidentWarnings"/> on the warning grains: the Organization module's counters decide when an incident
/// opens, grows and ends; this module turns that into its red warning (A11.3.2 for the company, A11.3.3 for a project).
/// </summary>
public sealed class SameIssueIncidents(IGrainFactory grains) : IIncidentWarnings
{
    public async Task Raise(IncidentWarning warning)
    {
        var trigger = warning.Scope == ScopeKind.Company ? WarningTrigger.CompanySameIssue : WarningTrigger.ProjectSameIssue;
        var subject = new WarningSubject(null, warning.ProjectId, warning.BranchId, warning.IssueKey, warning.LinkedTickets);
        await grains.GetGrain<IWarningGrain>(warning.WarningId).Raise(new RaiseWarning(WarningLevel.Red, trigger, subject, warning.Rule, Actor.System, null));
    }

    public Task Link(Guid warningId, Guid ticketId) => grains.GetGrain<IWarningGrain>(warningId).Link(ticketId);

    public Task Close(Guid warningId, string reason) => grains.GetGrain<IWarningGrain>(warningId).Close(reason);
}
