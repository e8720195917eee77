namespace Hotline.CallCenter.Contracts;

/// <summary>
/// One of a caller's tickets as the agent sees it: enough to say "your ticket 000123 is being handled". Kind and status
/// are the ticket's enum names (as the API writes them), since contracts reference only the kernel.
/// </summary>
public sealed record TicketLine(
    Guid Id, string Number, string Kind, string Category, string Status, DateTimeOffset RegisteredAt, string? WarningLevel);
