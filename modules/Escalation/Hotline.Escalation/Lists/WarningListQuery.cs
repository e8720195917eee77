namespace Hotline.Escalation.Lists;

/// <summary>GET /api/warnings?status=&amp;level=&amp;projectId=&amp;branchId=&amp;from=&amp;to=&amp;after=&amp;limit= as sent.</summary>
public sealed record WarningListQuery(string? Status, string? Level, string? ProjectId, string? BranchId, string? From, string? To, string? After, string? Limit);
