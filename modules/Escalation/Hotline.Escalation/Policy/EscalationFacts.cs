using Hotline.Escalation.Contracts;
using Hotline.Escalation.Penalties;
using Hotline.Escalation.Routing;

namespace Hotline.Escalation.Policy;

/// <summary>The policy in force for readers (console, GET /api/escalation/policy), from the same options, points and routing the module acts on.</summary>
internal static class EscalationFacts
{
    public static EscalationPolicyFacts Of(EscalationOptions options, IEscalationPolicy policy) => new(
        [.. policy.OverdueThresholds.Select(t => new EscalationLevel(t.Level, t.PastDue, PenaltyPoints.For(options, t.Level), WarningRoles.Verifiers(t.Level)))],
        options.VerificationLimit,
        options.AnswerLimit,
        policy.RepeatComplaintWindow,
        policy.SameIssueWindow,
        policy.SameIssueThresholdPercent,
        policy.DeadlineNoticeLead);
}
