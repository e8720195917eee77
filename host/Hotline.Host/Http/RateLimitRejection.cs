using System.Globalization;
using System.Threading.RateLimiting;
using Hotline.Security.Events;
using Microsoft.AspNetCore.RateLimiting;

namespace Hotline.Host.Http;

/// <summary>A rejected request answers 429 problem details and says, in Retry-After, when to come back.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask Write(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.RequestServices.GetService<SecurityEvents>()?.Record(SecurityEventKind.RateLimited, context.Request.Path.Value ?? "", "over a rate limit");
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Too many requests from this client; try again in {seconds} s.").ExecuteAsync(context);
    }
}
