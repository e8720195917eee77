namespace Hotline.Tickets.Queries;

/// <summary>
/// GET /api/tickets query parameters as sent. Everything arrives as text so a bad value is reported
/// against its parameter (400) instead of failing the request as a whole.
/// </summary>
public sealed record TicketSearchQuery(
    string? ProjectId,
    string? BranchId,
    string? Kind,
    string? Category,
    string? Severity,
    string? Status,
    string? Breached,
    string? From,
    string? To,
    string? Q,
    string? Page,
    string? PageSize,
    string? WarningLevel = null,
    string? Assignee = null,
    string? NeedsMyAction = null,
    string? Household = null,
    string? Department = null,
    string? Handler = null,
    string? Pool = null);
