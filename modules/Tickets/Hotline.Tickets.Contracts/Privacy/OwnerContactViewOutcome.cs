namespace Hotline.Tickets.Contracts.Privacy;

public enum OwnerContactViewOutcome
{
    /// <summary>Audited and shown.</summary>
    Shown,

    /// <summary>No such ticket.</summary>
    NoTicket,

    /// <summary>The ticket was registered without an owner contact.</summary>
    NoContact,

    /// <summary>The audit log cannot be written now, so nothing is shown.</summary>
    AuditUnavailable,
}
