using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Identity.Accounts;

/// <summary>Checks a username and password against the accounts, counting failures and locking an account after too many.</summary>
public sealed class SignInService(AccountStore accounts, StaffPasswords passwords, IOptions<SecurityOptions> options, TimeProvider clock)
{
    public async Task<SignInOutcome> SignInAsync(string username, string password)
    {
        var account = await accounts.FindAsync(username);
        if (account is null)
        {
            passwords.VerifyNothing(password);
            return SignInOutcome.Rejected;
        }

        var now = clock.GetUtcNow();
        if (account.LockedUntil > now)
        {
            // Locked: even the right password is refused, and the guess is not checked at all.
            return new SignInOutcome(SignInStatus.LockedOut, RetryAfter: account.LockedUntil);
        }

        var result = passwords.Verify(account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            var lockout = options.Value.Lockout;
            var lockedUntil = await accounts.RecordFailureAsync(account.Username, lockout.MaxFailedAttempts, now.AddMinutes(lockout.Minutes), now);
            return lockedUntil is { } until ? new SignInOutcome(SignInStatus.LockedOut, RetryAfter: until) : SignInOutcome.Rejected;
        }

        var rehashed = result == PasswordVerificationResult.SuccessRehashNeeded ? passwords.Hash(password) : null;
        await accounts.RecordSuccessAsync(account.Username, rehashed, now);
        return new SignInOutcome(SignInStatus.SignedIn, account.PersonId);
    }
}
