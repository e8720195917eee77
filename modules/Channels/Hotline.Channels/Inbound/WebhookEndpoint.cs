using System.Net.Sockets;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hotline.Channels.Inbound;

/// <summary>
/// <c>POST /channels/{channel}/{path}</c>: one route for every registered channel's endpoints. In order: the channel and
/// path exist (404), the channel has a secret (503), the body fits the endpoint (413 naming <c>body</c>), the signature
/// and timestamp hold (401, a security event); only then is the request stored raw (503 with Retry-After when the
/// database cannot take it: nothing acknowledged, nothing lost) and processed.
/// </summary>
public static class WebhookEndpoint
{
    /// <summary>The route; the access table lists it as open (the signature, not a sign-in, authenticates the provider).</summary>
    public const string Route = "/channels/{channel}/{**path}";

    public static async Task<IResult> Receive(
        string channel, string path, HttpRequest request, IntakeChannelRegistry channels, InboundStore store, InboundProcessor processor,
        InboundOptions options, IWebhookSecurityEvents security, TimeProvider time, ILoggerFactory loggers, CancellationToken ct)
    {
        if (channels.Find(channel) is not { } intake || IntakeChannelRegistry.EndpointOf(intake, path) is not { } endpoint)
        {
            return Problem(StatusCodes.Status404NotFound, "No such channel endpoint", "no registered intake channel has this webhook");
        }

        if (channels.SecretOf(channel) is not { } secret)
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "Channel not configured", $"the channel has no webhook secret (Hotline:Channels:{channel}:Secret); nothing was stored");
        }

        var body = await WebhookBody.Read(request, endpoint.MaxBodyBytes, ct);
        if (body is null)
        {
            return Results.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = [$"must be at most {endpoint.MaxBodyBytes} bytes"] })
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Payload too large",
            });
        }

        var now = time.GetUtcNow();
        if (WebhookSignature.Check(secret, request.Headers[WebhookSignature.TimestampHeader], request.Headers[WebhookSignature.SignatureHeader], body, now, options.SignatureWindow) is { } refusal)
        {
            security.WebhookRefused($"/channels/{channel}/{path}", refusal);
            return Problem(StatusCodes.Status401Unauthorized, "Not authenticated", "the request's signature or timestamp is missing, wrong or outside the window");
        }

        var id = Guid.CreateVersion7(now);
        var headers = WebhookBody.KeptHeaders(request.Headers);
        try
        {
            await store.Insert(id, channel, path, request.ContentType, headers, body, now, options.ProcessingLease, ct);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException && !ct.IsCancellationRequested)
        {
            InboundLog.NotStored(loggers.CreateLogger(typeof(WebhookEndpoint)), channel, e.GetType().Name);
            request.HttpContext.Response.Headers.RetryAfter = "30";
            return Problem(StatusCodes.Status503ServiceUnavailable, "Not stored", "the message could not be stored; deliver it again later");
        }

        var row = new InboundRow(id, channel, path, now, request.ContentType, headers, body,
            InboundStatus.Received, 1, null, null, null, null, null, null);
        InboundOutcome outcome;
        try
        {
            outcome = await processor.Process(row, intake, fromWebhook: true, ct);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException && !ct.IsCancellationRequested)
        {
            // Stored, but not even its failure could be recorded: the sweep takes it over once its lease passes.
            return TypedResults.Json(new InboundAnswer(InboundStatus.Received, null, null), statusCode: StatusCodes.Status202Accepted);
        }

        return Answer(outcome, request.HttpContext);
    }

    private static IResult Answer(InboundOutcome outcome, HttpContext context)
    {
        if (outcome.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The message was refused");
        }

        if (outcome.RetryAfterSeconds is { } wait)
        {
            context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, "Too many messages from this sender", $"try again in {wait} s; the request is kept");
        }

        return TypedResults.Json(new InboundAnswer(outcome.Status, outcome.TicketId, outcome.TicketNumber), statusCode: outcome.HttpStatus);
    }

    private static IResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
