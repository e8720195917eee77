namespace Hotline.Notifications.Contracts;

/// <summary>
/// A ticket event people must hear of (<see cref="ITicketNotices"/>). <see cref="EventKey"/> identifies the event
/// within the ticket (e.g. one per dispatch), so telling it again leaves one inbox item per person.
/// </summary>
public sealed record TicketNotice(Guid TicketId, string ProjectId, string BranchId, string EventKey, DateTimeOffset At, string Title);
