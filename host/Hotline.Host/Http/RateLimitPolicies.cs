using System.Threading.RateLimiting;
using Hotline.BuildingBlocks;
using Microsoft.AspNetCore.RateLimiting;

namespace Hotline.Host.Http;

/// <summary>
/// The rate-limit policies an endpoint opts into with <c>.RequireRateLimiting(RateLimitPolicyNames.X)</c>.
/// Windows come from <see cref="RateLimitOptions"/> (Hotline:RateLimits:&lt;Policy&gt;:PermitLimit / WindowSeconds).
/// </summary>
internal static class RateLimitPolicies
{
    internal static void Add(RateLimiterOptions limiter, RateLimitOptions windows)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RateLimitRejection.Write;
        limiter.AddPolicy(RateLimitPolicyNames.OwnerPortal, c => Fixed(ClientAddress(c), windows.OwnerPortal));
        limiter.AddPolicy(RateLimitPolicyNames.ChannelWebhook, c => Fixed(ClientAddress(c), windows.ChannelWebhook));
        // Per address and user name, so one guesser cannot lock out everyone behind the same address.
        limiter.AddPolicy(RateLimitPolicyNames.SignIn, c => Fixed($"{ClientAddress(c)}|{SignInUserName.Of(c)}", windows.SignIn));
        // And per address alone (runs before the policy above): a fresh user name per request does not escape it.
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(c => IsSignIn(c)
            ? Fixed($"sign-in|{ClientAddress(c)}", windows.SignInPerAddress)
            : RateLimitPartition.GetNoLimiter(""));
    }

    private static bool IsSignIn(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitPolicyNames.SignIn;

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Fixed(string key, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = TimeSpan.FromSeconds(window.WindowSeconds),
            QueueLimit = 0,
        });
}
