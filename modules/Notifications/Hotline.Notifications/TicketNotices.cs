using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;

namespace Hotline.Notifications;

/// <summary>Tells the people of <see cref="TicketRecipients"/> through the notifier; item ids are "{ticket}/{event}/{kind}".</summary>
internal sealed class TicketNotices(IStaffDirectory staff, INotifier notifier) : ITicketNotices
{
    public async Task Dispatched(TicketNotice notice) =>
        await notifier.Notify(TicketRecipients.Dispatched(notice.ProjectId, await staff.GetPeople()), Item(notice, InboxItemKind.TicketDispatched));

    public async Task PlanReported(TicketNotice notice) =>
        await notifier.Notify(TicketRecipients.PlanReported(await staff.GetPeople()), Item(notice, InboxItemKind.TicketPlanReported));

    public async Task Urged(TicketNotice notice) =>
        await notifier.Notify(TicketRecipients.Urged(notice.ProjectId, await staff.GetPeople()), Item(notice, InboxItemKind.Urged));

    private static InboxItem Item(TicketNotice notice, InboxItemKind kind)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new InboxItem($"{notice.TicketId:N}/{notice.EventKey}/{kind}", notice.At, null, null, kind, notice.Title, notice.TicketId);
    }
}
