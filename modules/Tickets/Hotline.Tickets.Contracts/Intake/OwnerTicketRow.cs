namespace Hotline.Tickets.Contracts.Intake;

/// <summary>One line of an owner's ticket list.</summary>
public sealed record OwnerTicketRow(
    Guid Id, string? Number, TicketKind Kind, TicketStatus Status, string ProjectId, string? Household,
    DateTimeOffset RegisteredAt, DateTimeOffset UpdatedAt);
