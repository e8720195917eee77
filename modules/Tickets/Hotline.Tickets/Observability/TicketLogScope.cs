using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Observability;

/// <summary>
/// Structured logs carry the ticket id (issue 14): every log line written while a ticket's endpoint or grain call runs
/// has <c>TicketId</c> in scope, so an operator filters one ticket's story across HTTP, grain and storage.
/// </summary>
public static class TicketLogScope
{
    public const string Key = "TicketId";

    public static IDisposable? Begin(ILogger logger, Guid ticketId) =>
        logger.BeginScope(new Dictionary<string, object> { [Key] = ticketId });

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
