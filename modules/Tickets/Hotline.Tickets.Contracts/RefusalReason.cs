namespace Hotline.Tickets.Contracts;

/// <summary>
/// Why the ticket refused a command, as a stable code a client can word in its own language (the console does, in
/// three); <see cref="CommandOutcome.Rejection"/> keeps the grain's English sentence. Values are stored: never renumber, only add.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.RefusalReason")]
public enum RefusalReason
{
    /// <summary>No ticket is registered under the id (404).</summary>
    NotFound = 1,

    /// <summary>The ticket's state does not accept the command now (409).</summary>
    StateDoesNotAllow = 2,

    /// <summary>The state would accept it, but its time window has closed: reopen or rate past the reopen window, a statement past its window (409).</summary>
    WindowClosed = 3,

    /// <summary>The ticket's history reached its limit; only commands that finish the ticket go through (409).</summary>
    HistoryFull = 4,

    /// <summary>Too soon after the last urge (429, with <see cref="CommandOutcome.NotBefore"/>).</summary>
    TooSoon = 5,

    /// <summary>An argument is wrong (400, naming <see cref="CommandOutcome.InvalidField"/>).</summary>
    InvalidField = 6,

    /// <summary>A registration under an id that is taken (409).</summary>
    AlreadyRegistered = 7,

    /// <summary>A take that lost the race: another handler holds the ticket (409).</summary>
    AlreadyTaken = 8,

    /// <summary>The ticket's project is unknown to the organisation (409).</summary>
    ProjectUnknown = 9,

    /// <summary>A take on a project that does not dispatch from a pool (409).</summary>
    NotFromPool = 10,

    /// <summary>The handler holds as many open tickets as the project allows (409).</summary>
    HandlerAtCap = 11,

    /// <summary>The taker may not hold the ticket now: not a handler of the project, not on duty, or not of its category (409).</summary>
    HandlerNotAdmitted = 12,

    /// <summary>A rating is answered by staff, never by an owner (409).</summary>
    StaffAnswersRatings = 13,

    /// <summary>A live red warning is on the ticket; a new risk warning waits until it is dismissed (409).</summary>
    RedWarningLive = 14,

    /// <summary>An owner's reply from a number that is not the ticket's owner (409).</summary>
    NotTheOwner = 15,
}
