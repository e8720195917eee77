using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Security.Identity.Api;

/// <summary>The answers to a refused sign-in: never which of username or password was wrong, nor whether the name has an account.</summary>
internal static class SignInProblems
{
    public const string RejectedDetail = "The username or password is not correct.";

    public static ProblemHttpResult Rejected() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: RejectedDetail);

    /// <summary>429: the name, the address or the device failed too often lately (the same answer whether or not the name has an account).</summary>
    public static ProblemHttpResult BackingOff(HttpContext http, DateTimeOffset until, TimeProvider clock)
    {
        SetRetryAfter(http, until, clock);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many failed sign-ins",
            detail: BackingOffDetail(until),
            extensions: new Dictionary<string, object?> { ["retryAfter"] = until });
    }

    /// <summary>503: too many passwords are being checked right now.</summary>
    public static ProblemHttpResult Busy(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "1";
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: BusyDetail);
    }

    public const string BusyDetail = "Too many sign-ins are being checked at once; try again in a second.";

    public static string BackingOffDetail(DateTimeOffset until) =>
        $"Too many failed sign-ins for this name or from this address: try again after {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC. A device that signed in to this name before is not held back.";

    /// <summary>Retry-After: whole seconds until the wait ends, at least 1.</summary>
    public static void SetRetryAfter(HttpContext http, DateTimeOffset until, TimeProvider clock) =>
        http.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling((until - clock.GetUtcNow()).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
