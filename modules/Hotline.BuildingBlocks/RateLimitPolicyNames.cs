namespace Hotline.BuildingBlocks;

/// <summary>
/// The rate-limit policies the host defines, by name, for modules and plugins to opt into with
/// <c>.RequireRateLimiting(...)</c>: owners' portal and channel webhooks per client address, sign-in per address and user name.
/// </summary>
public static class RateLimitPolicyNames
{
    public const string OwnerPortal = "owner-portal";
    public const string ChannelWebhook = "channel-webhook";
    public const string SignIn = "sign-in";
}
