namespace Hotline.Tickets.Contracts.Commands;

/// <summary>
/// POST /api/tickets/{id}/{command}. Each command reads the fields it needs: contact (department, plan),
/// report-plan (completionDueAt, plan, reason for a later date), confirm-plan (reason), return-plan (reason), wait-for-owner (reason, followUpAt, attempts), resolve (note),
/// callback (reached, rating, note), reopen (note), file-statement (reason), review-statement (accepted, note),
/// decide (adopted, note = the reply, reason when not adopted), transfer (projectId, reason), assign (handlerId), return (reason),
/// correct-category (category), raise-severity (severity), raise-risk-warning (reason), rate and confirm-resolution
/// (overall, speed, attitude, comment), answer-rating (note), urge (note); each command's handler (<c>Commands/&lt;Name&gt;/</c>) reads its own.
/// Every text field is length-checked whichever command it comes with; a field the command does not read is not kept.
/// The person acting is whoever is signed in (never a name in the body).
/// </summary>
public sealed record TicketCommandRequest(
    string? RequestId,
    string? Note,
    string? Department,
    string? Plan,
    DateTimeOffset? CompletionDueAt,
    DateTimeOffset? FollowUpAt,
    int? Attempts,
    bool? Reached,
    bool? Accepted,
    bool? Adopted,
    int? Rating,
    string? ProjectId,
    string? Category,
    string? Severity,
    string? Reason,
    string? HandlerId = null)
{
    /// <summary>An owner's rating, 1–5 each (rate, confirm-resolution).</summary>
    public int? Overall { get; init; }

    public int? Speed { get; init; }

    public int? Attitude { get; init; }

    /// <summary>The owner's words with a rating.</summary>
    public string? Comment { get; init; }
}
