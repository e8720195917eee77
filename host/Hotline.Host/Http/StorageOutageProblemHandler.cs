using Microsoft.AspNetCore.Diagnostics;

namespace Hotline.Host.Http;

/// <summary>
/// A request that failed because the database or a silo cannot be reached answers 503 with Retry-After (problem
/// details), not 500: the client is told to come back, and an operator's 5xx alert tells an outage from a bug.
/// </summary>
internal sealed class StorageOutageProblemHandler(ILogger<StorageOutageProblemHandler> logger) : IExceptionHandler
{
    /// <summary>Seconds a client is asked to wait: about one reconnect attempt of the connection pool.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted || !StorageOutage.Is(exception))
        {
            return false;
        }

        logger.LogWarning("{Method} {Path} answered 503: storage unavailable ({Reason})", context.Request.Method, context.Request.Path, exception.Message);
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Storage unavailable",
            detail: $"The database cannot be reached right now; try again in {RetryAfterSeconds} seconds.").ExecuteAsync(context);
        return true;
    }
}
