using Hotline.Tickets.Contracts;

namespace Hotline.CallCenter.Owners;

/// <summary>One of a caller's tickets as the agent sees it: enough to say "your ticket 000123 is being handled".</summary>
public sealed record TicketLine(
    Guid Id, string Number, TicketKind Kind, string Category, TicketStatus Status, DateTimeOffset RegisteredAt, string? WarningLevel)
{
    public static TicketLine Of(TicketSummary t) => new(t.Id, t.Number, t.Kind, t.Category, t.Status, t.RegisteredAt, t.WarningLevel);
}
