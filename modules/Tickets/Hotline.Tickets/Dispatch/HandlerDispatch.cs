using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Dispatch;

/// <summary>
/// Who may hold a ticket (issue 11, A9.2.1 / A10.1.3.3): a <see cref="Role.ProjectHandler"/> of the ticket's project, on
/// duty now, handling its category, holding fewer open tickets than the project's cap. Rosters come from this silo's copy
/// of the staff directory, open tickets from the ticket list. The cap is locked by the handler's
/// <see cref="IHandlerHoldsGrain"/>: two tickets given to one handler at the same instant by different people are
/// counted one after the other, so the cap holds (each ticket runs its own commands one at a time, but tickets do not
/// wait for each other).
/// </summary>
public sealed class HandlerDispatch(IStaffDirectory staff, IGrainFactory grains, ITicketQueryStore queries, TimeZoneInfo zone)
{
    public Task<ProjectInfo?> Project(string projectId) => grains.GetGrain<IProjectGrain>(projectId).GetInfo();

    /// <summary>Null when <paramref name="handlerId"/> may hold <paramref name="ticket"/> now (a place under the cap is then held for it), else why not.</summary>
    public async Task<HandlerRefusal?> Admit(Ticket ticket, ProjectInfo project, string handlerId, DateTimeOffset now)
    {
        var person = await staff.GetPerson(handlerId);
        if (person is null || !IsHandlerOf(person, ticket.ProjectId))
        {
            return new($"{handlerId} is no {Role.ProjectHandler} of project {ticket.ProjectId}");
        }

        if (!DutyRoster.IsOnDuty(person, now, zone))
        {
            return new($"{handlerId} is not on duty now");
        }

        if (!person.Handles(ticket.Category))
        {
            return new($"{handlerId} does not handle category {ticket.Category} (handles {string.Join(", ", person.Categories)})");
        }

        return await Reserve(ticket, project, handlerId) is { } refusal ? refusal : null;
    }

    /// <summary>Holds a place under the project's cap for the ticket with the handler; null when given, else the refusal.</summary>
    public async Task<HandlerRefusal?> Reserve(Ticket ticket, ProjectInfo project, string handlerId) =>
        await grains.GetGrain<IHandlerHoldsGrain>(handlerId).Reserve(ticket.Id, project.HandlerCap) is { } open
            ? new($"{handlerId} already holds {open} open tickets, the project's cap (maxOpenPerHandler {project.HandlerCap})", AtCap: true)
            : null;

    /// <summary>Everyone who may hold <paramref name="ticket"/> now, by person id (ordinal): round-robin's turn order.</summary>
    public async Task<ImmutableArray<string>> Available(Ticket ticket, ProjectInfo project, DateTimeOffset now)
    {
        var candidates = (await staff.GetPeople())
            .Where(p => IsHandlerOf(p, ticket.ProjectId) && DutyRoster.IsOnDuty(p, now, zone) && p.Handles(ticket.Category))
            .Select(p => p.Id)
            .Order(StringComparer.Ordinal)
            .ToList();
        var open = await queries.OpenPerHandler(candidates);
        return [.. candidates.Where(id => open.GetValueOrDefault(id) < project.HandlerCap)];
    }

    /// <summary>The project's liaisons: told when a ticket comes back to the pool or finds no handler.</summary>
    public async Task<ImmutableArray<string>> Liaisons(string projectId) =>
        [.. (await staff.GetPeople()).Where(p => Holds(p, Role.ProjectLiaison, projectId)).Select(p => p.Id)];

    private static bool IsHandlerOf(PersonInfo person, string projectId) => Holds(person, Role.ProjectHandler, projectId);

    private static bool Holds(PersonInfo person, Role role, string projectId) =>
        !person.Roles.IsDefault && person.Roles.Contains(new RoleAssignment(role, ScopeKind.Project, projectId));
}
