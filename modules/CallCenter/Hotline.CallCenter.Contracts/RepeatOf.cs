namespace Hotline.CallCenter.Contracts;

/// <summary>
/// The earlier ticket a complaint would repeat (A11.1.1): the one to name as <c>repeatOf</c>, read out by its number;
/// <see cref="Status"/> is the ticket status' enum name.
/// </summary>
public sealed record RepeatOf(Guid TicketId, string? Number, string? Status, DateTimeOffset? RegisteredAt);
