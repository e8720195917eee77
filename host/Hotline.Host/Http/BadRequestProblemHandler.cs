using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Hotline.Host.Http;

/// <summary>
/// Turns a request the framework could not read (malformed or mistyped JSON, an unparsable route or query
/// value, a missing body, a wrong content type, a body too large) into RFC 7807 problem details naming the
/// field: 400 with <c>errors</c>, or the exception's own 4xx. Anything else is left to the default 500.
/// </summary>
internal sealed class BadRequestProblemHandler(IOptions<HttpHardeningOptions> options, ILogger<BadRequestProblemHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || context.Response.HasStarted)
        {
            return false;
        }

        var (field, problem) = BadRequestField.Describe(bad, options.Value.MaxJsonDepth);
        logger.LogDebug("Rejected {Method} {Path}: {Field} {Problem}", context.Request.Method, context.Request.Path, field, problem);
        var status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
        IResult result = status == StatusCodes.Status400BadRequest
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] })
            : TypedResults.Problem(statusCode: status, detail: $"{field}: {problem}", extensions: new Dictionary<string, object?> { ["field"] = field });
        await result.ExecuteAsync(context);
        return true;
    }
}
