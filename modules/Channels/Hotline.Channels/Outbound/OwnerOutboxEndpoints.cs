using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Channels.Outbound;

public static class OwnerOutboxEndpoints
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>GET /api/channels/outbox?status=&amp;ticketId=&amp;limit=&amp;before=: what owners were told, or were not, newest first.</summary>
    public static IEndpointRouteBuilder MapOwnerOutbox(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/channels").WithTags("Channels").MapGet("/outbox", List);
        return app;
    }

    private static async Task<Results<Ok<OwnerOutboxPage>, ValidationProblem>> List(
        string? status, string? ticketId, string? limit, string? before, OwnerOutboxStore store, CancellationToken ct)
    {
        OwnerOutboxStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<OwnerOutboxStatus>(status.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || status.Trim().All(char.IsAsciiDigit))
            {
                return Invalid("status", $"is one of {string.Join(", ", Enum.GetNames<OwnerOutboxStatus>())}");
            }

            wanted = parsed;
        }

        Guid? ticket = null;
        if (!string.IsNullOrWhiteSpace(ticketId))
        {
            if (!Guid.TryParse(ticketId.Trim(), out var id))
            {
                return Invalid("ticketId", "is a ticket id (a GUID)");
            }

            ticket = id;
        }

        var size = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && (!int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            return Invalid("limit", $"is a whole number from 1 to {MaxLimit}");
        }

        OwnerOutboxCursor? cursor = null;
        if (!string.IsNullOrWhiteSpace(before) && !OwnerOutboxCursor.TryParse(before.Trim(), out cursor))
        {
            return Invalid("before", "is the 'next' of the previous page");
        }

        return TypedResults.Ok(await store.List(new OwnerOutboxFilter(wanted, ticket, size, cursor), ct));
    }

    private static ValidationProblem Invalid(string field, string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] });
}
