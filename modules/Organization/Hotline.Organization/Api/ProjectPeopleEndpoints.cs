using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Organization.Api;

/// <summary>A project's people: whom the call center rings about one of its tickets.</summary>
public static class ProjectPeopleEndpoints
{
    public static RouteGroupBuilder MapProjectPeople(this RouteGroupBuilder group)
    {
        group.MapGet("/projects/{id}/people", async Task<Results<Ok<ProjectPeople>, NotFound>> (string id, IGrainFactory grains, IStaffDirectory staff) =>
        {
            if (await grains.GetGrain<IProjectGrain>(id).GetInfo() is not { } project)
            {
                return TypedResults.NotFound();
            }

            var people = await staff.GetPeople();
            return TypedResults.Ok(new ProjectPeople(project.Id, project.BranchId,
                Holding(people, Role.ProjectLiaison, ScopeKind.Project, project.Id),
                Holding(people, Role.ProjectManager, ScopeKind.Project, project.Id),
                Holding(people, Role.BranchHead, ScopeKind.Branch, project.BranchId))
            {
                Handlers = Holding(people, Role.ProjectHandler, ScopeKind.Project, project.Id),
            });
        });
        return group;
    }

    private static System.Collections.Immutable.ImmutableArray<StaffContact> Holding(IEnumerable<PersonInfo> people, Role role, ScopeKind scope, string scopeId) =>
        [.. people.Where(p => !p.Roles.IsDefault && p.Roles.Contains(new RoleAssignment(role, scope, scopeId))).Select(StaffContact.Of)];
}
