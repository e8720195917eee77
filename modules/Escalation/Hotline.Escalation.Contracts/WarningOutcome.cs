namespace Hotline.Escalation.Contracts;

/// <summary>The warning after a command, or why the command was refused in its current state (HTTP 409) or which field was wrong (400).</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningOutcome")]
public sealed record WarningOutcome(
    [property: Id(0)] WarningView? Warning,
    [property: Id(1)] string? Rejection,
    [property: Id(2)] string? InvalidField)
{
    /// <summary>Why it was refused, as a code a client words in its language (null when accepted); <see cref="Rejection"/> keeps the English sentence.</summary>
    [Id(3)]
    public WarningRefusalReason? Reason { get; init; }

    public bool Accepted => Rejection is null;
}
