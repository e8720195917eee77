using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Security.Access;

/// <summary>
/// Finds the project and branch a request touches, from its route or query, by asking the grains that own
/// them. A ticket or warning that does not exist resolves as <see cref="AccessResource.Missing"/>; an unknown
/// project or branch covers only company roles (and someone whose scope names that very id).
/// </summary>
public sealed class ResourceResolver(IGrainFactory grains)
{
    private const int MaxIdLength = 200;

    public async Task<AccessResource> Resolve(ResourceKind kind, HttpContext context, string callerId) => kind switch
    {
        ResourceKind.Ticket => await Ticket(RouteGuid(context)),
        ResourceKind.Warning => await Warning(RouteGuid(context)),
        ResourceKind.Project => await Project(context.GetRouteValue("id") as string),
        ResourceKind.Branch => new AccessResource(null, context.GetRouteValue("id") as string),
        ResourceKind.TicketSearch => await TicketSearch(context.Request.Query),
        ResourceKind.Person => new AccessResource(null, null, PersonOf(context.Request.Query) ?? callerId),
        _ => AccessResource.Company,
    };

    private static Guid? RouteGuid(HttpContext context) =>
        Guid.TryParse(context.GetRouteValue("id") as string, out var id) ? id : null;

    private async Task<AccessResource> Ticket(Guid? id) =>
        id is { } ticketId && await grains.GetGrain<ITicketGrain>(ticketId).Get() is { } ticket
            ? new AccessResource(ticket.ProjectId, ticket.BranchId)
            : AccessResource.Missing;

    private async Task<AccessResource> Warning(Guid? id) =>
        id is { } warningId && await grains.GetGrain<IWarningGrain>(warningId).Get() is { } warning
            ? new AccessResource(warning.Subject.ProjectId, warning.Subject.BranchId, Level: warning.Level)
            : AccessResource.Missing;

    private async Task<AccessResource> Project(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && await grains.GetGrain<IProjectGrain>(id).GetInfo() is { } project
            ? new AccessResource(project.Id, project.BranchId)
            : new AccessResource(id, null);

    private async Task<AccessResource> TicketSearch(IQueryCollection query)
    {
        if (query["projectId"].ToString() is { Length: > 0 } projectId)
        {
            return await Project(projectId);
        }

        return query["branchId"].ToString() is { Length: > 0 } branchId ? new AccessResource(null, branchId) : AccessResource.Company;
    }

    private static string? PersonOf(IQueryCollection query) =>
        query["personId"].ToString() is { Length: > 0 } person ? person.Trim() : null;
}
