using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts.Access;

namespace Hotline.Security.Access;

/// <summary>
/// Finds the project and branch a request touches, from its route or query. Tickets, warnings and report scopes are
/// asked of the locators their own modules register (Security depends on none of them); projects of the organisation's
/// grains. A ticket or warning that does not exist resolves as <see cref="AccessResource.Missing"/>, and so does a
/// project or branch in the route that the company does not have; an unknown project or branch in a search filter
/// covers only company roles (and someone whose scope names that very id). Ticket and warning ids are checked against
/// their lists by the locators, project and branch ids against <see cref="KnownPlaces"/> first: an unknown id activates
/// no grain.
/// </summary>
public sealed class ResourceResolver(
    IGrainFactory grains, ITicketLocator tickets, IWarningLocator warnings, IReportScopeReader reportScopes, KnownPlaces places)
{
    private const int MaxIdLength = 200;

    /// <summary>The resource of a request or of a question asked without one (<see cref="AccessQuestion.Id"/> is the route's <c>id</c>).</summary>
    public async Task<AccessResource> Resolve(ResourceKind kind, AccessQuestion request, PersonInfo caller) => kind switch
    {
        ResourceKind.Ticket => await Ticket(RouteGuid(request)),
        ResourceKind.Warning => await Warning(RouteGuid(request)),
        ResourceKind.Project => await KnownOrMissing(request.Id, places.IsProject, id => Project(id, "id")),
        ResourceKind.Branch => await KnownOrMissing(request.Id, places.IsBranch, id => Task.FromResult(Branch(id, "id"))),
        ResourceKind.TicketSearch => await TicketSearch(request, caller),
        ResourceKind.ReportScope => await ReportScopeOf(request, caller),
        ResourceKind.Person => new AccessResource(null, null, PersonOf(request) ?? caller.Id),
        _ => AccessResource.Company,
    };

    private static Guid? RouteGuid(AccessQuestion request) =>
        Guid.TryParse(request.Id, out var id) ? id : null;

    private async Task<AccessResource> Ticket(Guid? id) =>
        id is { } ticketId && await tickets.Locate(ticketId) is { } ticket
            ? new AccessResource(ticket.ProjectId, ticket.BranchId) { HandlerId = ticket.HandlerId }
            : AccessResource.Missing;

    private static async Task<AccessResource> KnownOrMissing(string? id, Func<string, Task<bool>> known, Func<string, Task<AccessResource>> resolve) =>
        IsBlank(id) || id is null or { Length: > MaxIdLength } ? await resolve(id ?? "")
        : await known(id) ? await resolve(id)
        : AccessResource.Missing;

    private async Task<AccessResource> Warning(Guid? id) =>
        id is { } warningId && await warnings.Locate(warningId) is { } warning
            ? new AccessResource(warning.ProjectId, warning.BranchId, Level: warning.Level)
            : AccessResource.Missing;

    private async Task<AccessResource> Project(string? id, string field) =>
        IsBlank(id) ? AccessResource.Invalid(field)
        : id is { Length: > 0 and <= MaxIdLength } && await places.IsProject(id) && await grains.GetGrain<IProjectGrain>(id).GetInfo() is { } project
            ? new AccessResource(project.Id, project.BranchId)
            : new AccessResource(id, null);

    private static AccessResource Branch(string? id, string field) =>
        IsBlank(id) ? AccessResource.Invalid(field) : new AccessResource(null, id);

    // Present but only spaces: no grain is asked (a blank grain key fails), the caller hears which field.
    private static bool IsBlank(string? id) => id is { Length: > 0 } && string.IsNullOrWhiteSpace(id);

    /// <summary>The filters' project or branch; with neither, the caller's own scope (the list endpoint narrows to it) unless they hold a company role.</summary>
    private async Task<AccessResource> TicketSearch(AccessQuestion query, PersonInfo caller)
    {
        if (query.QueryValue("projectId") is { Length: > 0 } projectId)
        {
            return await Project(projectId, "projectId");
        }

        if (query.QueryValue("branchId") is { Length: > 0 } branchId)
        {
            return Branch(branchId, "branchId");
        }

        return await OwnScope(caller);
    }

    /// <summary>The caller's own scope, for a list or report that names none (the endpoint narrows to it).</summary>
    private async Task<AccessResource> OwnScope(PersonInfo caller) =>
        caller.Roles.Any(r => r.Scope == ScopeKind.Company) ? AccessResource.Company : caller.Roles.FirstOrDefault() switch
        {
            { Scope: ScopeKind.Project } role => await Project(role.ScopeId, "projectId"),
            { Scope: ScopeKind.Branch } role => new AccessResource(null, role.ScopeId),
            _ => AccessResource.Company,
        };

    /// <summary>A report's <c>scope</c>: a project or branch like a search filter (unknown ones cover company roles only); none, the caller's own.</summary>
    private async Task<AccessResource> ReportScopeOf(AccessQuestion query, PersonInfo caller)
    {
        var text = query.QueryValue("scope") ?? "";
        if (text.Length == 0)
        {
            return await OwnScope(caller);
        }

        if (!reportScopes.TryRead(text, out var kind, out var id))
        {
            return AccessResource.Invalid("scope");
        }

        return kind switch
        {
            ScopeKind.Project => await Project(id, "scope"),
            ScopeKind.Branch => Branch(id, "scope"),
            _ => AccessResource.Company,
        };
    }

    private static string? PersonOf(AccessQuestion query) =>
        query.QueryValue("personId") is { Length: > 0 } person ? person.Trim() : null;
}
