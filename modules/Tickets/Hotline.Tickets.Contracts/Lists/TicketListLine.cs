namespace Hotline.Tickets.Contracts.Lists;

/// <summary>One ticket of the list as the API's list shows it (owner contact masked only; enumerations by name).</summary>
public sealed record TicketListLine(
    Guid Id,
    string? Number,
    string ProjectId,
    string Kind,
    string Category,
    string Severity,
    string Status,
    string Text,
    DateTimeOffset RegisteredAt,
    bool Breached,
    DateTimeOffset? NextDueAt,
    string? WarningLevel,
    string? Assignee,
    OwnerContactMasked? OwnerContactMasked);
