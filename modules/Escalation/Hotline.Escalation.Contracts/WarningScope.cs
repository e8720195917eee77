namespace Hotline.Escalation.Contracts;

/// <summary>Where a warning belongs (see <see cref="IWarningScopes"/>); both null for a company-wide incident (A11.3.2).</summary>
public sealed record WarningScope(string? ProjectId, string? BranchId);
