using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Channels.Inbound;

/// <summary>
/// Operators' view of what the channels received: <c>GET /api/channels/inbound?status=&amp;channel=&amp;limit=&amp;before=</c>
/// (newest first, without bodies: status, error, attempts, ticket number) and <c>POST /api/channels/inbound/{id}/retry</c>
/// (processes the row now, whatever its next retry time).
/// </summary>
public static class InboundOperatorEndpoints
{
    public const int MaxLimit = 200;

    public static IEndpointRouteBuilder MapInboundOperators(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/channels/inbound").WithTags("Channels");
        group.MapGet("/", List);
        group.MapPost("/{id:guid}/retry", Retry);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<InboundView>>, ValidationProblem>> List(
        string? status, string? channel, int? limit, DateTimeOffset? before, InboundStore store, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (status is not null && !InboundStatus.All.Contains(status))
        {
            errors["status"] = [$"must be one of: {string.Join(", ", InboundStatus.All)}"];
        }

        if (channel is { Length: > 40 })
        {
            errors["channel"] = ["is at most 40 characters"];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"must be 1 to {MaxLimit}"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rows = await store.List(status, string.IsNullOrWhiteSpace(channel) ? null : channel, before, limit ?? 50, ct);
        return TypedResults.Ok<IReadOnlyList<InboundView>>([.. rows.Select(InboundView.Of)]);
    }

    private static async Task<Results<Ok<InboundView>, NotFound, ProblemHttpResult>> Retry(
        Guid id, InboundStore store, InboundRetryService retries, InboundOptions options, TimeProvider time, CancellationToken ct)
    {
        if (!await store.ClaimOne(id, time.GetUtcNow(), options.ProcessingLease, ct))
        {
            return await store.Get(id, ct) is { } done
                ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Nothing to retry", detail: $"the message is {done.Status}")
                : TypedResults.NotFound();
        }

        await retries.ProcessClaimed(id, ct);
        return TypedResults.Ok(InboundView.Of((await store.Get(id, ct))!));
    }
}
