using System.Threading.Channels;
using Hotline.Live.Contracts;
using Hotline.Portal.Sessions;
using Hotline.Tickets.Contracts.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Hotline.Portal.Live;

/// <summary>
/// The open portal page's feed (Server-Sent Events): the ids of the owner's tickets that changed (<c>ticket</c>) and of
/// tickets whose message was told in the portal (<c>message</c>), whatever silo changed them (the Live module's relay
/// brings every silo's changes here). Each change is checked as the pages check: a ticket of one of the owner's
/// households (read from the ticket list), or a message addressed to the owner. Ids only: the page re-reads itself.
/// </summary>
public sealed class OwnerLiveFeed(ILiveChanges changes, IOwnerTicketList tickets, IHostApplicationLifetime lifetime)
{
    private const int Backlog = 32;

    public async Task Run(HttpContext context, OwnerSession session)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(session);
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // A page that cannot keep up loses the oldest ids: one re-read shows the latest state anyway.
        var events = Channel.CreateBounded<string>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var projects = session.Households.Select(h => h.ProjectId).ToHashSet(StringComparer.Ordinal);
        using var subscription = changes.Subscribe(
            c => (c.Topic is LiveTopic.Ticket or LiveTopic.OwnerMessage) && (c.PersonId == session.Owner.Key || (c.ProjectId is { } p && projects.Contains(p))),
            async c =>
            {
                if (await Concerns(session, c, context.RequestAborted))
                {
                    events.Writer.TryWrite($"event: {(c.Topic == LiveTopic.Ticket ? "ticket" : "message")}\ndata: {c.Id}\n\n");
                }
            });
        // Stops with the page, and with the host (a long-lived response must not hold its shutdown).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            // Sent once subscribed: when the page sees the stream open, no later change is missed.
            await response.WriteAsync("retry: 3000\n\n", stop.Token);
            await response.Body.FlushAsync(stop.Token);
            await foreach (var message in events.Reader.ReadAllAsync(stop.Token))
            {
                await response.WriteAsync(message, stop.Token);
                await response.Body.FlushAsync(stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The page went away or the host is stopping: the browser reconnects (or not) by itself.
        }
    }

    private async Task<bool> Concerns(OwnerSession session, LiveChange change, CancellationToken ct)
    {
        if (change.Topic == LiveTopic.OwnerMessage && change.PersonId == session.Owner.Key)
        {
            return true;
        }

        return Guid.TryParse(change.Id, out var id) && await tickets.Find(id, ct) is { } row && session.Owns(row.ProjectId, row.Household);
    }
}
