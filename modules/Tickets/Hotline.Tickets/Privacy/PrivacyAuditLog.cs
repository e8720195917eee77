using Hotline.Security.Contracts.Privacy;

namespace Hotline.Tickets.Privacy;

/// <summary>GET /api/privacy/audit: the matching full views, newest first.</summary>
public sealed record PrivacyAuditLog(IReadOnlyList<PrivacyAuditEntry> Entries);
