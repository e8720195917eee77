namespace Hotline.Escalation.Api;

/// <summary>POST /api/scores/reversals: a correction of a warning's A12 deduction, by a person, with a reason.</summary>
public sealed record ReversalRequest(Guid? WarningId, string? Reason);
