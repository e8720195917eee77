namespace Hotline.Escalation.Contracts;

/// <summary>
/// A command's result: the fields at fault before it reached the grain (400, by field), or the grain's outcome (the
/// warning, a refusal in its state (409), or the one field it found wrong (400); no warning = 404).
/// </summary>
public sealed record WarningCommandResult(WarningOutcome? Outcome, IReadOnlyDictionary<string, string[]> Errors);
