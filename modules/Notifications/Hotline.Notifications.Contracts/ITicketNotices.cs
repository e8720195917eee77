namespace Hotline.Notifications.Contracts;

/// <summary>
/// Who hears of a ticket's events, decided here rather than by the ticket: each call looks the recipients up in the
/// staff directory and notifies them through <see cref="INotifier"/> (duty routing, channels). Idempotent per event.
/// </summary>
public interface ITicketNotices
{
    /// <summary>A10.1.3.1, A9.2.2: the project's liaisons (on duty, else their stand-in) and its manager, at once.</summary>
    Task Dispatched(TicketNotice notice);

    /// <summary>A10.3.2–5: QualityDept (within its duty hours, else a stand-in or the 24-hour line) and the call-center supervisor.</summary>
    Task PlanReported(TicketNotice notice);

    /// <summary>催單: the owner chased the ticket; the project's liaisons (on duty, else their stand-in) and its manager, at once.</summary>
    Task Urged(TicketNotice notice);
}
