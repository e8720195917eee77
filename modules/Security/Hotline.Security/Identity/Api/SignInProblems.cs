using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Security.Identity.Api;

/// <summary>The answers to a refused sign-in: never which of username or password was wrong.</summary>
internal static class SignInProblems
{
    public const string RejectedDetail = "The username or password is not correct.";

    public static ProblemHttpResult Rejected() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: RejectedDetail);

    public static ProblemHttpResult Locked(HttpContext http, DateTimeOffset until, TimeProvider clock)
    {
        SetRetryAfter(http, until, clock);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status423Locked,
            title: "Account locked",
            detail: LockedDetail(until),
            extensions: new Dictionary<string, object?> { ["retryAfter"] = until });
    }

    public static string LockedDetail(DateTimeOffset until) =>
        $"Too many failed sign-ins: this account is locked until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC. Try again after that.";

    /// <summary>Retry-After: whole seconds until the lock ends, at least 1.</summary>
    public static void SetRetryAfter(HttpContext http, DateTimeOffset until, TimeProvider clock) =>
        http.Response.Headers.RetryAfter = Math.Max(1, (long)Math.Ceiling((until - clock.GetUtcNow()).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
