using System.Collections.Immutable;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>GET /api/tickets/{id}/timeline: every entry, and every clock with its start, due, met and breach.</summary>
public sealed record TicketTimeline(Guid TicketId, ImmutableArray<TimelineEntry> Entries, IReadOnlyList<ClockReport> Clocks);
