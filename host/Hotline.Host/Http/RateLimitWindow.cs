using System.ComponentModel.DataAnnotations;

namespace Hotline.Host.Http;

/// <summary>A fixed window: at most <see cref="PermitLimit"/> requests per partition every <see cref="WindowSeconds"/>.</summary>
public sealed class RateLimitWindow
{
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 60;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
