using Hotline.Notifications.Contracts;

namespace Hotline.Reporting.MajorComplaints;

/// <summary>
/// A8.1.4: a major complaint is reported to the vice-president in charge at once, through the inbox and the
/// notification channels. The item's id and content come from the kept (first) mark, so telling it again, after a
/// second mark or a retry, leaves the one item.
/// </summary>
public sealed class MajorComplaintNotice(INotifier notifier, VicePresidents vicePresidents)
{
    public const string Prefix = "【重大投訴 · 報分管領導】";

    private const int MaxHeadline = 60;

    public static string ItemId(Guid ticketId) => $"major-complaint/{ticketId:N}";

    public async Task Tell(MajorComplaint complaint) =>
        await notifier.Notify(await vicePresidents.Ids(), new InboxItem(
            ItemId(complaint.TicketId), complaint.MarkedAt, null, null, InboxItemKind.MajorComplaintReported,
            $"{Prefix}工單 {complaint.Number}（{complaint.ProjectId}）：{Headline(complaint.Reason)}", complaint.TicketId));

    /// <summary>The reason as a headline (an SMS channel sends the title): its start, the whole of it in the list.</summary>
    private static string Headline(string reason) => reason.Length <= MaxHeadline ? reason : reason[..MaxHeadline] + "…";
}
