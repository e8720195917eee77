using Hotline.Escalation.Policy;
using Hotline.Kernel;

namespace Hotline.Escalation.Penalties;

/// <summary>A12: the points one verified warning deducts (blue 0.2, yellow 0.5, red 1 by default).</summary>
internal static class PenaltyPoints
{
    public static decimal For(EscalationOptions options, WarningLevel level) => level switch
    {
        WarningLevel.Blue => options.BluePoints,
        WarningLevel.Yellow => options.YellowPoints,
        WarningLevel.Red => options.RedPoints,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown warning level"),
    };
}
