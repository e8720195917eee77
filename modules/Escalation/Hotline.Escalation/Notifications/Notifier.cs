using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Microsoft.Extensions.Logging;

namespace Hotline.Escalation.Notifications;

/// <summary>
/// Routes each intended person to who is on duty (<see cref="DutyRouting"/>), delivers to inboxes (idempotent by item id),
/// then tells every <see cref="INotificationSink"/> about items that are new. A stand-in's item id is the original id plus
/// "/for/{intended}", so retries and repeats leave one item per person and intended recipient. Someone who is an
/// on-duty recipient in their own right gets only their own item, not a stand-in copy as well.
/// </summary>
internal sealed class Notifier(
    IGrainFactory grains,
    TimeZoneInfo zone,
    NotificationOptions options,
    IEnumerable<INotificationSink> sinks,
    ILogger<Notifier> logger) : INotifier
{
    private readonly INotificationSink[] _sinks = [.. sinks];

    public async Task Notify(IReadOnlyCollection<string> personIds, InboxItem item)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        ArgumentNullException.ThrowIfNull(item);
        if (personIds.Count == 0)
        {
            return;
        }

        var people = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetPeople();
        var routes = personIds.Distinct(StringComparer.Ordinal)
            .SelectMany(intended => DutyRouting.Recipients(intended, item.At, people, zone, options.FallbackPersonId).Select(to => (To: to, Intended: intended)))
            .ToList();

        // Someone who gets the item in their own right does not get a stand-in copy of it as well.
        var direct = routes.Where(r => r.To == r.Intended).Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var deliveries = routes
            .Where(r => r.To == r.Intended || !direct.Contains(r.To))
            .Select(r => (r.To, Item: r.To == r.Intended ? item : item with { Id = $"{item.Id}/for/{r.Intended}", OnBehalfOf = r.Intended }))
            .ToList();
        await Task.WhenAll(deliveries.Select(d => Deliver(d.To, d.Item)));
    }

    private async Task Deliver(string personId, InboxItem item)
    {
        if (!await grains.GetGrain<IInboxGrain>(personId).Deliver(item))
        {
            return;
        }

        foreach (var sink in _sinks)
        {
            try
            {
                await sink.Send(personId, item, CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Inbox item {ItemId} for {PersonId}: sink {Sink} failed", item.Id, personId, sink.GetType().Name);
            }
        }
    }
}
