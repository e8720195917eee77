using Hotline.Escalation.Contracts;

namespace Hotline.Escalation.Lists;

/// <summary>One row of the supervisor's warning list (table <c>warning_list</c>).</summary>
public sealed record WarningListRow(
    Guid Id,
    int Version,
    string Level,
    string Status,
    string Trigger,
    string? ProjectId,
    string? BranchId,
    Guid? TicketId,
    string? IssueKey,
    string Rule,
    DateTimeOffset RaisedAt,
    DateTimeOffset? VerificationDueAt,
    bool VerificationOverdue,
    DateTimeOffset? AnswerDueAt,
    bool AnswerOverdue,
    string? SubjectEnded,
    DateTimeOffset UpdatedAt)
{
    /// <summary>When it was verified (for a red one, by its last verifier), for the reports' verification speed (migration 0028).</summary>
    public DateTimeOffset? VerifiedAt { get; init; }

    /// <summary>When the people notified answered it, and their plan as given (the weekly summary lists warnings with their answers).</summary>
    public DateTimeOffset? AnsweredAt { get; init; }

    public string? Answer { get; init; }

    public static WarningListRow From(WarningView w, DateTimeOffset now) => new(
        w.Id, w.Version, w.Level.ToString(), w.Status.ToString(), w.Trigger.ToString(), w.Subject.ProjectId, w.Subject.BranchId,
        w.Subject.TicketId, w.Subject.IssueKey, w.Rule, w.RaisedAt, w.VerificationDueAt, w.VerificationOverdueSince is not null,
        w.AnswerDueAt, w.AnswerOverdueSince is not null, w.SubjectEnded, now)
    {
        VerifiedAt = w.VerifiedAt?.ToUniversalTime(),
        AnsweredAt = w.Answer?.At.ToUniversalTime(),
        Answer = w.Answer?.Plan,
    };
}
