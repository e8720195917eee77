namespace Hotline.Tickets.Queries;

/// <summary>
/// What a rebuild did: tickets found in the list, rows written, grains that held no ticket, and
/// tickets that could not be read or written (logged; run the rebuild again).
/// </summary>
public sealed record TicketRebuildResult(int Scanned, int Written, int Empty, int Failed);
