using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.WebConsole.Warnings;

/// <summary>
/// Who must act on a warning now, and by when: a raised one waits for its verifiers still to act (A11.1.r, A11.2; red:
/// the supervisor and QualityDept's head, A11.r); a verified one for the plan of the people it was routed to (and a red
/// one without departments for QualityDept's head to assign them); an answered one for its promised completion.
/// </summary>
public sealed record WarningDuty(string Duty, IReadOnlyList<string> Roles, IReadOnlyList<string> People, DateTimeOffset? Due)
{
    public const string Verify = "Verify";
    public const string AssignDepartments = "AssignDepartments";
    public const string Answer = "Answer";
    public const string Complete = "Complete";

    public static WarningDuty? Of(WarningView w)
    {
        switch (w.Status)
        {
            case WarningStatus.Raised:
                Role[] verifiers = w.Level == WarningLevel.Red ? [Role.CallCenterSupervisor, Role.QualityDeptHead] : [Role.CallCenterSupervisor];
                var waiting = verifiers.Select(r => r.ToString()).Where(r => !w.VerifiedBy.Any(a => a.Role == r) && !w.DismissedBy.Any(a => a.Role == r));
                return new WarningDuty(Verify, [.. waiting], [], w.VerificationDueAt);
            case WarningStatus.Verified when w.Level == WarningLevel.Red && w.AssignedDepartments.IsEmpty:
                return new WarningDuty(AssignDepartments, [nameof(Role.QualityDeptHead)], [.. w.RoutedTo], w.AnswerDueAt);
            case WarningStatus.Verified:
                return new WarningDuty(Answer, [], [.. w.RoutedTo], w.AnswerDueAt);
            case WarningStatus.Answered when w.Answer is { } answer:
                return new WarningDuty(Complete, [], [answer.By.PersonId], answer.CompletionDueAt);
            default:
                return null;
        }
    }
}
