namespace Hotline.Escalation.Contracts;

/// <summary>
/// Why a warning refused a command, as a stable code a client can word in its own language (the console does);
/// <see cref="WarningOutcome.Rejection"/> keeps the grain's English sentence. Values are stored: never renumber, only add.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningRefusalReason")]
public enum WarningRefusalReason
{
    /// <summary>No warning was raised under the id (404).</summary>
    NotFound = 1,

    /// <summary>An argument is wrong (400, naming <see cref="WarningOutcome.InvalidField"/>).</summary>
    InvalidField = 2,

    /// <summary>The warning's status does not accept the command now (409).</summary>
    StateDoesNotAllow = 3,

    /// <summary>The command is for other roles at this warning's level (A11.r: who verifies, dismisses or assigns departments) (409).</summary>
    WrongRole = 4,

    /// <summary>The answer comes from someone the warning was not routed to (409).</summary>
    NotRoutedToYou = 5,

    /// <summary>This role has already verified or dismissed it the other way; the warning waits for its other verifier (409).</summary>
    OtherVerifierPending = 6,
}
