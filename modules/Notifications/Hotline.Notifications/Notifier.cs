using Hotline.Notifications.Contracts;
using Hotline.Notifications.Deliveries;
using Hotline.Notifications.Inbox;
using Hotline.Organization.Contracts;

namespace Hotline.Notifications;

/// <summary>
/// Routes each intended person to who is on duty (<see cref="DutyRouting"/>), delivers to inboxes (one row each, idempotent by item id),
/// and records one delivery per configured channel plugin (SMS, ...) for the dispatcher to send. A stand-in's item id is the original id plus
/// "/for/{intended}", so retries and repeats leave one item per person and intended recipient. Someone who is an
/// on-duty recipient in their own right gets only their own item, not a stand-in copy as well. QualityDept's members
/// follow the department's duty hours (<see cref="QualityDeptDuty"/>), and a raised red warning is copied to the
/// vice-president in charge (<see cref="RedWarningRoute"/>).
/// Channel deliveries are recorded whether or not the inbox item is new: a crash between the two steps is
/// repaired by the caller's retry, and the table's unique (event, person, channel) keeps it to one send.
/// </summary>
internal sealed class Notifier(
    IStaffDirectory staff,
    InboxStore inbox,
    TimeZoneInfo zone,
    NotificationOptions options,
    NotificationChannels channels,
    NotificationDeliveryStore deliveries,
    NotificationDispatcher dispatcher,
    QualityDeptDuty qualityDept,
    TimeProvider time) : INotifier
{
    private readonly PersonDeliveryQueue queue = new((personId, items) => Write(inbox, deliveries, channels, dispatcher, time, personId, items));

    public async Task Notify(IReadOnlyCollection<string> personIds, InboxItem item)
    {
        ArgumentNullException.ThrowIfNull(personIds);
        ArgumentNullException.ThrowIfNull(item);
        if (personIds.Count == 0)
        {
            return;
        }

        // QualityDept members without shifts of their own are on duty in the department's hours only (A8.1.3, A9.1).
        var people = (await staff.GetPeople()).Select(qualityDept.Apply).ToList();
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

        // A8.1.4: a raised red warning also reaches the vice-president in charge (an item of another kind: no loop).
        if (RedWarningRoute.ForVicePresident(item) is { } information)
        {
            await Notify(TicketRecipients.VicePresidents(people), information);
        }
    }

    // Through the per-person queue: concurrent notices to one person are written together (a morning's burst).
    private Task Deliver(string personId, InboxItem item) => queue.Deliver(personId, item);

    private static async Task Write(InboxStore inbox, NotificationDeliveryStore deliveries, NotificationChannels channels,
        NotificationDispatcher dispatcher, TimeProvider time, string personId, IReadOnlyList<InboxItem> items)
    {
        await inbox.DeliverAll(personId, items);
        if (channels.Names.Count > 0
            && await deliveries.RecordAll(personId, [.. items.Select(i => (i.Id, ChannelText(i)))], channels.Names, time.GetUtcNow()))
        {
            dispatcher.Wake();
        }
    }

    /// <summary>The channel message: the inbox headline, naming the intended person when a stand-in gets it.</summary>
    private static string ChannelText(InboxItem item) =>
        item.OnBehalfOf is { } intended ? $"{item.Title}（代 {intended}）" : item.Title;
}
