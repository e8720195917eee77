using System.Security.Cryptography;
using System.Text;
using Hotline.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Channels.DevGateway;

/// <summary>
/// The local development SMS gateway: <c>POST /dev/sms-gateway</c> takes exactly what the SMS gateway plugin posts and keeps
/// it; <c>GET /api/channels/dev-outbox</c> lists it. Always mapped (the access table knows both), answering 404 unless
/// <c>Hotline:Channels:DevGateway:Enabled</c>, which a production start refuses.
/// </summary>
public static class DevGatewayEndpoints
{
    public const int MaxTextLength = 2000;
    public const int MaxLimit = 200;

    public static IEndpointRouteBuilder MapDevGateway(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/sms-gateway", Receive).DisableAntiforgery().ExcludeFromDescription();
        app.MapGroup("/api/channels").WithTags("Channels").MapGet("/dev-outbox", List);
        return app;
    }

    private static async Task<Results<Ok<DevSmsReceipt>, ValidationProblem, UnauthorizedHttpResult, NotFound>> Receive(
        [FromBody] DevSmsRequest? body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, [FromHeader(Name = "X-Api-Key")] string? apiKey,
        DevGatewayOptions options, DevSmsOutboxStore store, TimeProvider time, CancellationToken ct)
    {
        if (!options.Enabled)
        {
            return TypedResults.NotFound();
        }

        if (options.ApiKey is { Length: > 0 } expected && !SameKey(expected, apiKey))
        {
            return TypedResults.Unauthorized();
        }

        var messageId = body?.MessageId?.Trim();
        if (string.IsNullOrEmpty(messageId) || messageId.Length > 200)
        {
            return Invalid("messageId", "is required, at most 200 characters");
        }

        if (idempotencyKey is not null && idempotencyKey.Trim() != messageId)
        {
            return Invalid("Idempotency-Key", "is the message id when sent");
        }

        if (PhoneNumbers.Normalize(body!.To) is not { } to)
        {
            return Invalid("to", "is a phone number");
        }

        if (string.IsNullOrWhiteSpace(body.Text) || body.Text.Length > MaxTextLength)
        {
            return Invalid("text", $"is required, at most {MaxTextLength} characters");
        }

        var added = await store.Add(new DevSms(messageId, to, body.Text, time.GetUtcNow()), ct);
        return TypedResults.Ok(new DevSmsReceipt(messageId, !added));
    }

    private static async Task<Results<Ok<IReadOnlyList<DevSms>>, ValidationProblem, NotFound>> List(
        string? to, string? limit, DevGatewayOptions options, DevSmsOutboxStore store, CancellationToken ct)
    {
        if (!options.Enabled)
        {
            return TypedResults.NotFound();
        }

        string? recipient = null;
        if (!string.IsNullOrWhiteSpace(to) && (recipient = PhoneNumbers.Normalize(to)) is null)
        {
            return Invalid("to", "is a phone number");
        }

        var size = 50;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            return Invalid("limit", $"is a whole number from 1 to {MaxLimit}");
        }

        return TypedResults.Ok(await store.List(recipient, size, ct));
    }

    private static bool SameKey(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));

    private static ValidationProblem Invalid(string field, string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] });
}
