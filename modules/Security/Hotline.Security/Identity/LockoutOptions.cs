namespace Hotline.Security.Identity;

/// <summary>Hotline:Security:Lockout: retired. The hard lock (any stranger could lock any account) is replaced by Hotline:Security:Backoff; the values are ignored.</summary>
public sealed class LockoutOptions
{
    public int MaxFailedAttempts { get; set; } = 5;

    public int Minutes { get; set; } = 15;
}
