using Hotline.Tickets.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Api;

/// <summary>
/// A ticket's short number stands wherever its id does: <c>/api/tickets/000123/...</c> is rewritten to the ticket's
/// id before routing, so every ticket route (this module's and others', present and future), the access policy and
/// the audit see the id as if it had been sent. An unknown number is left as it came and matches no route (404).
/// A ticket response that names the ticket (its route or the Location of a registration) carries its number in
/// the <c>Ticket-Number</c> header, so the agent can read it to the owner at once.
/// </summary>
/// <remarks>
/// Registered as a startup filter because routing runs first in the host's pipeline; a rewrite after it would not
/// change the chosen endpoint. It runs before authentication: a lookup by unique index, and it answers nothing itself.
/// </remarks>
public sealed partial class TicketNumberRoutes(ITicketQueryStore store, ILogger<TicketNumberRoutes> logger) : IStartupFilter
{
    public const string HeaderName = "Ticket-Number";
    private static readonly PathString Tickets = "/api/tickets";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(Rewrite);
        next(app);
    };

    private async Task Rewrite(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments(Tickets, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            await next(context);
            return;
        }

        // "/api/tickets" itself (registration, the list) has no segment; its Location, if any, names the ticket.
        var segment = rest.HasValue ? rest.Value!.Split('/', 3)[1] : "";
        Guid? id = Guid.TryParse(segment, out var guid) ? guid : null;
        if (id is null && TicketNumber.TryParse(segment, out var number))
        {
            id = await Find(number, context.RequestAborted);
            if (id is { } found)
            {
                context.Request.Path = Tickets.Add("/" + found.ToString("D") + rest.Value![(1 + segment.Length)..]);
            }
        }

        context.Response.OnStarting(() => AddNumberHeader(context, id));
        await next(context);
    }

    private async Task<Guid?> Find(long number, CancellationToken ct)
    {
        try
        {
            return await store.FindByNumber(number, ct);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            LookupFailed(logger, e.Message);
            return null;
        }
    }

    private async Task AddNumberHeader(HttpContext context, Guid? routeId)
    {
        var response = context.Response;
        if (response.StatusCode is < 200 or >= 300 || response.Headers.ContainsKey(HeaderName))
        {
            return;
        }

        var id = routeId ?? (response.Headers.Location.ToString() is { Length: > 0 } location
            && Guid.TryParse(location.TrimEnd('/').Split('/')[^1], out var created) ? created : null);
        try
        {
            if (id is { } ticketId && await store.NumberOf(ticketId, context.RequestAborted) is { } number)
            {
                response.Headers[HeaderName] = number;
            }
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            LookupFailed(logger, e.Message);
        }
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Warning, Message = "Ticket number lookup failed ({Reason}); the request goes on without it")]
    private static partial void LookupFailed(ILogger logger, string reason);
}
