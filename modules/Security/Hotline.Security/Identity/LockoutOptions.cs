namespace Hotline.Security.Identity;

/// <summary>Hotline:Security:Lockout: after this many wrong passwords in a row the account refuses every password for a while.</summary>
public sealed class LockoutOptions
{
    public int MaxFailedAttempts { get; set; } = 5;

    public int Minutes { get; set; } = 15;
}
