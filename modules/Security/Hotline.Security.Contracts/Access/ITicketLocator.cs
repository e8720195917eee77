namespace Hotline.Security.Contracts.Access;

/// <summary>
/// Finds where a ticket is now, for the access policy. The Tickets module implements it (it owns tickets), so the
/// Security module depends on no module above it.
/// </summary>
public interface ITicketLocator
{
    /// <summary>The ticket's place, or null when there is no such ticket (the caller hears 404).</summary>
    Task<ResourceLocation?> Locate(Guid ticketId);
}
