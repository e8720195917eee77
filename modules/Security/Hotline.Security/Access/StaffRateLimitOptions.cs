namespace Hotline.Security.Access;

/// <summary>Hotline:Security:StaffRateLimit: API calls per signed-in person and host. PerMinute 0 turns it off.</summary>
public sealed class StaffRateLimitOptions
{
    public int PerMinute { get; set; } = 3000;

    public int Burst { get; set; } = 1000;
}
