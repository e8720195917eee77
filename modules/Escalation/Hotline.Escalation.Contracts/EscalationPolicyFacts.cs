namespace Hotline.Escalation.Contracts;

/// <summary>
/// The escalation policy in force (Hotline:Escalation, A11–A12), read-only, as the Escalation module acts on it: the
/// ladder, the verification and answer limits, and the repeat and same-issue windows. A singleton the module registers.
/// </summary>
public sealed record EscalationPolicyFacts(
    IReadOnlyList<EscalationLevel> Levels,
    TimeSpan VerificationLimit,
    TimeSpan AnswerLimit,
    TimeSpan RepeatComplaintWindow,
    TimeSpan SameIssueWindow,
    decimal SameIssueThresholdPercent,
    TimeSpan DeadlineNoticeLead);
