using Hotline.Kernel;

namespace Hotline.Tickets.Contracts.Lists;

/// <summary>
/// The ticket list as GET /api/tickets answers it, for a caller inside the host (the console): the same filters (by
/// their query names: <c>projectId</c>, <c>status</c>, <c>needsMyAction</c>, <c>page</c>, ...), the same parser and
/// the same narrowing to the caller's scope. The caller has passed the access policy for "GET /api/tickets" first.
/// </summary>
public interface ITicketList
{
    Task<TicketListAnswer> Search(IReadOnlyDictionary<string, string> filters, string personId, RoleAssignment? actingRole, CancellationToken ct = default);
}
