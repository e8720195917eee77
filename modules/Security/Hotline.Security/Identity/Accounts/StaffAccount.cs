namespace Hotline.Security.Identity.Accounts;

/// <summary>A member of staff's sign-in: the person of the organisation it signs in as, the password hash, and whether an administrator locked it.</summary>
/// <remarks>FailedAttempts and LockedUntil are the retired hard lock's columns (kept for old databases, no longer set).</remarks>
public sealed record StaffAccount(string Username, string PersonId, string PasswordHash, int FailedAttempts, DateTimeOffset? LockedUntil, DateTimeOffset? DisabledAt = null);
