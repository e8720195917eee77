namespace Hotline.Organization.Contracts;

/// <summary>
/// The red warning of a same-issue incident (A11.3.2, A11.3.3) as the counters drive it: raised when an episode opens,
/// joined by each later ticket, closed when the episode ends. Every call is idempotent by warning id
/// (<see cref="IncidentWarningIds"/>). The Escalation module implements it (it owns warnings), so this module depends on
/// no module above it.
/// </summary>
public interface IIncidentWarnings
{
    Task Raise(IncidentWarning warning);

    /// <summary>A new ticket joins the open incident instead of raising a warning of its own.</summary>
    Task Link(Guid warningId, Guid ticketId);

    /// <summary>The episode ended (the count fell below the threshold); <paramref name="reason"/> says so with the numbers.</summary>
    Task Close(Guid warningId, string reason);
}
