namespace Hotline.Escalation.Contracts;

/// <summary>
/// A ticket, as the warnings raised on it see it (keyed by the ticket's id). The Tickets module's ticket grain implements
/// it: a ticket raises its warnings through this module's contracts, so a warning tells its ticket through them too, and
/// the Escalation module references nothing of Tickets.
/// </summary>
[Alias("Hotline.Escalation.IWarnedTicketGrain")]
public interface IWarnedTicketGrain : IGrainWithGuidKey
{
    /// <summary>One of this ticket's warnings was dismissed: the ticket's level shows its live warnings only. Idempotent.</summary>
    [Alias("WarningDismissed")]
    Task WarningDismissed(Guid warningId);
}
