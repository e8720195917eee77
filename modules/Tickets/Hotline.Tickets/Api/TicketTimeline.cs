using System.Collections.Immutable;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>GET /api/tickets/{id}/timeline: every entry, and every clock with its start, due and met times.</summary>
public sealed record TicketTimeline(Guid TicketId, ImmutableArray<TimelineEntry> Entries, ImmutableArray<Clock> Clocks);
