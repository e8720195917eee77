namespace Hotline.Security.Identity.Backoff;

/// <summary>
/// Hotline:Security:Backoff: wrong passwords slow guessing down instead of locking the account. Past the free
/// failures of a user name (or an address, or a known device) its next attempts wait: <see cref="FirstSeconds"/>,
/// then twice as long after each further failure, at most <see cref="MaxMinutes"/>. A name's back-off never stops the
/// right password sent from a device that signed in to that name before (its known-device token).
/// </summary>
public sealed class BackoffOptions
{
    /// <summary>Failures of one user name (existing or not) before it backs off.</summary>
    public int NameFreeFailures { get; set; } = 5;

    /// <summary>Failures from one client address, whatever the names, before it backs off.</summary>
    public int AddressFreeFailures { get; set; } = 30;

    public int FirstSeconds { get; set; } = 30;

    public int MaxMinutes { get; set; } = 15;

    /// <summary>A count with no new failure for this long starts again.</summary>
    public int ForgetAfterMinutes { get; set; } = 60;

    /// <summary>How long a known-device token (given at each successful sign-in) is honoured.</summary>
    public int KnownDeviceDays { get; set; } = 90;

    /// <summary>Passwords checked at once on one host (PBKDF2 is slow on purpose); more wait, a full queue answers 503.</summary>
    public int MaxConcurrentPasswordChecks { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    public int PasswordCheckQueue { get; set; } = 8;

    /// <summary>The wait after <paramref name="failures"/> failures when <paramref name="free"/> are free; zero while free.</summary>
    public TimeSpan WaitAfter(int failures, int free)
    {
        if (failures < free)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(failures - free, 20);
        var seconds = Math.Min((double)FirstSeconds * (1L << doublings), MaxMinutes * 60.0);
        return TimeSpan.FromSeconds(seconds);
    }
}
