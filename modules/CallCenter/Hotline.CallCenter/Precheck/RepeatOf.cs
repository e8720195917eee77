using Hotline.Tickets.Contracts;

namespace Hotline.CallCenter.Precheck;

/// <summary>The earlier ticket a complaint would repeat (A11.1.1): the one to name as <c>repeatOf</c>, read out by its number.</summary>
public sealed record RepeatOf(Guid TicketId, string? Number, TicketStatus? Status, DateTimeOffset? RegisteredAt);
