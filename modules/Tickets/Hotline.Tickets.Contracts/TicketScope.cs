namespace Hotline.Tickets.Contracts;

/// <summary>Where a ticket belongs (see <see cref="ITicketScopes"/>).</summary>
public sealed record TicketScope(string ProjectId, string BranchId);
