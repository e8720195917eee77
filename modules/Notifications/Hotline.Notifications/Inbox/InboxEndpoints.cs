using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Notifications.Inbox;

public static class InboxEndpoints
{
    private const int MaxIdLength = 500;

    /// <summary>
    /// GET /api/inbox[?before=…][&amp;limit=…][&amp;unread=true|false][&amp;kind=…][&amp;personId=…]: the signed-in person's (or,
    /// where the access policy allows, another's) notifications, newest first, a page at a time, optionally only unread
    /// (or read) ones and only of the named kinds. POST /api/inbox/read and /api/inbox/read-all: the caller marks their
    /// own items read, which is also "done" (<see cref="InboxFilter"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapInbox(this IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/inbox").WithTags("Notifications");
        inbox.MapGet("", Get);
        inbox.MapPost("/read", Read);
        inbox.MapPost("/read-all", ReadAll);
        return app;
    }

    private static async Task<Results<Ok<InboxPage>, ValidationProblem>> Get(
        string? personId, string? before, int? limit, string? unread, string? kind, Caller caller, InboxStore store, CancellationToken ct)
    {
        if (personId is { Length: > 200 })
        {
            return Invalid("personId", "must be at most 200 characters");
        }

        InboxCursor? cursor = null;
        if (!string.IsNullOrEmpty(before))
        {
            if (!InboxCursor.TryDecode(before, out var decoded))
            {
                return Invalid("before", "is not a cursor this API gave (take it from the previous page's 'next')");
            }

            cursor = decoded;
        }

        if (limit is < 1 or > InboxStore.MaxLimit)
        {
            return Invalid("limit", $"must be from 1 to {InboxStore.MaxLimit}");
        }

        if (kind is { Length: > 500 })
        {
            return Invalid("kind", "must be at most 500 characters");
        }

        if (!InboxFilter.TryParse(unread, kind, out var filter, out var error))
        {
            return Invalid(error.Field, error.Problem);
        }

        var whose = string.IsNullOrWhiteSpace(personId) ? caller.PersonId : personId.Trim();
        return TypedResults.Ok(await store.Page(whose, cursor, limit ?? InboxStore.DefaultLimit, filter, ct));
    }

    private static async Task<Results<Ok<InboxReadResult>, ValidationProblem>> Read(
        InboxReadRequest request, Caller caller, InboxStore store, TimeProvider time, CancellationToken ct)
    {
        if (request.ItemIds is not { Count: > 0 and <= InboxStore.MaxLimit } ids)
        {
            return Invalid("itemIds", $"must list from 1 to {InboxStore.MaxLimit} item ids");
        }

        if (ids.Any(id => string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength))
        {
            return Invalid("itemIds", $"each item id must be non-empty and at most {MaxIdLength} characters");
        }

        return TypedResults.Ok(await store.MarkRead(caller.PersonId, [.. ids.OfType<string>().Distinct(StringComparer.Ordinal)], time.GetUtcNow(), ct));
    }

    private static async Task<Ok<InboxReadResult>> ReadAll(Caller caller, InboxStore store, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await store.MarkAllRead(caller.PersonId, time.GetUtcNow(), ct));

    private static ValidationProblem Invalid(string field, string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] });
}
