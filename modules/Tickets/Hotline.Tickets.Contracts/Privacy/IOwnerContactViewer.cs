using Hotline.Kernel;

namespace Hotline.Tickets.Contracts.Privacy;

/// <summary>
/// The owner's name and phone whole, for those who must call the owner (GET /api/tickets/{id}/owner-contact and the
/// console's "show whole contact"): written to the privacy audit log first; no entry, no data. The caller has been
/// admitted by that endpoint's access rule, acting in <c>actingRole</c>.
/// </summary>
public interface IOwnerContactViewer
{
    Task<OwnerContactView> View(Guid ticketId, string personId, RoleAssignment? actingRole, CancellationToken ct = default);
}
