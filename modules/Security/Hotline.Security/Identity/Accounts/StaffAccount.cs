namespace Hotline.Security.Identity.Accounts;

/// <summary>A member of staff's sign-in: the person of the organisation it signs in as, the password hash and the lock-out counters.</summary>
public sealed record StaffAccount(string Username, string PersonId, string PasswordHash, int FailedAttempts, DateTimeOffset? LockedUntil);
