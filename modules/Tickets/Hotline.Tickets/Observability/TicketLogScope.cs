using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Observability;

/// <summary>
/// Structured logs carry the ticket id (issue 14): every log line written while a ticket's endpoint or grain call runs
/// has <c>TicketId</c> in scope, so an operator filters one ticket's story across HTTP, grain and storage. The scope is
/// a message template: the JSON console format writes it as a <c>TicketId</c> property, the simple one as "TicketId:…"
/// (a dictionary would print as its type name there).
/// </summary>
public static class TicketLogScope
{
    public const string Key = "TicketId";

    private const string Template = Key + ":{" + Key + "}";

    public static IDisposable? Begin(ILogger logger, Guid ticketId) =>
        logger.BeginScope(Template, ticketId);

    /// <summary>For the ticket endpoints' group: the route's id, when it has one.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.GetRouteValue("id") is string text && Guid.TryParse(text, out var id))
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Hotline.Tickets.Api");
            using (Begin(logger, id))
            {
                return await next(context);
            }
        }

        return await next(context);
    }
}
