using Hotline.Security.Events;
using Hotline.Security.Identity.Backoff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Identity.Accounts;

/// <summary>
/// Checks a username and password. Failures back off the name (existing or not: the answers never tell), the client
/// address and, for a known device, that device, instead of locking the account: a stranger's guesses make the
/// stranger wait, and the right password from a device that signed in to the name before still passes.
/// </summary>
public sealed class SignInService(
    AccountStore accounts, StaffPasswords passwords, SignInBackoffStore backoff, KnownDevices devices, PasswordCheckGate gate,
    SecurityEvents events, IOptions<SecurityOptions> options, TimeProvider clock)
{
    public async Task<SignInOutcome> SignInAsync(string username, string password, SignInSource source)
    {
        var rules = options.Value.Backoff;
        var now = clock.GetUtcNow();
        var knownDevice = devices.IsKnown(source.DeviceToken, username);
        // A known device answers only for its own failures; anyone else for the name's and the address's.
        string[] keys = knownDevice
            ? [SignInBackoffStore.DeviceKey(source.DeviceToken!)]
            : [SignInBackoffStore.NameKey(username), SignInBackoffStore.AddressKey(source.Address)];
        if (await backoff.BlockedUntilAsync(keys, now) is { } until)
        {
            events.Record(SecurityEventKind.SignInBackoff, source.Endpoint, "the name, address or device is backing off");
            return new SignInOutcome(SignInStatus.BackingOff, RetryAfter: until);
        }

        using var lease = await gate.EnterAsync();
        if (!lease.IsAcquired)
        {
            events.Record(SecurityEventKind.SignInBusy, source.Endpoint, "too many passwords being checked at once");
            return new SignInOutcome(SignInStatus.Busy, RetryAfter: now.AddSeconds(1));
        }

        var account = await accounts.FindAsync(username);
        var result = account is null ? Nothing(password) : passwords.Verify(account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || account!.DisabledAt is not null)
        {
            await CountFailureAsync(keys, knownDevice ? [rules.NameFreeFailures] : [rules.NameFreeFailures, rules.AddressFreeFailures], now);
            events.Record(SecurityEventKind.SignInFailed, source.Endpoint, account?.DisabledAt is not null ? "locked account" : "wrong username or password");
            return SignInOutcome.Rejected;
        }

        var rehashed = result == PasswordVerificationResult.SuccessRehashNeeded ? passwords.Hash(password) : null;
        await accounts.RecordSuccessAsync(account.Username, rehashed, now);
        await backoff.ClearAsync(keys[0]);
        return new SignInOutcome(SignInStatus.SignedIn, account.PersonId, DeviceToken: devices.Issue(account.Username));
    }

    private PasswordVerificationResult Nothing(string password)
    {
        passwords.VerifyNothing(password);
        return PasswordVerificationResult.Failed;
    }

    private async Task CountFailureAsync(string[] keys, int[] free, DateTimeOffset now)
    {
        var rules = options.Value.Backoff;
        var forget = TimeSpan.FromMinutes(rules.ForgetAfterMinutes);
        for (var i = 0; i < keys.Length; i++)
        {
            var failures = await backoff.RecordFailureAsync(keys[i], forget, now);
            var wait = rules.WaitAfter(failures, free[i]);
            if (wait > TimeSpan.Zero)
            {
                await backoff.BlockAsync(keys[i], now + wait);
            }
        }

        // Now and then, drop counts nobody added to for a long time (guessed names would otherwise pile up).
        if (Random.Shared.Next(64) == 0)
        {
            await backoff.ForgetOlderThanAsync(now - forget);
        }
    }
}
