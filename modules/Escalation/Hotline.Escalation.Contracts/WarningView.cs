using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>A warning as a work item: what raised it, who verified it, who it went to, and their answer.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningView")]
public sealed record WarningView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] WarningLevel Level,
    [property: Id(2)] WarningTrigger Trigger,
    [property: Id(3)] WarningStatus Status,
    [property: Id(4)] WarningSubject Subject,
    [property: Id(5)] string Rule,
    [property: Id(6)] DateTimeOffset RaisedAt,
    [property: Id(7)] Actor RaisedBy,
    [property: Id(8)] string? Reason)
{
    [Id(9)] public DateTimeOffset? VerifiedAt { get; init; }
    [Id(10)] public ImmutableArray<Actor> VerifiedBy { get; init; } = [];
    [Id(11)] public string? DismissalReason { get; init; }
    /// <summary>Person ids the warning was routed to (A11.1.r, A11.2, A11.r).</summary>
    [Id(12)] public ImmutableArray<string> RoutedTo { get; init; } = [];
    [Id(13)] public DateTimeOffset? AnswerDueAt { get; init; }
    [Id(14)] public WarningAnswer? Answer { get; init; }
    /// <summary>Set when the answer was not in by its due time; the chain is notified again.</summary>
    [Id(15)] public DateTimeOffset? AnswerOverdueSince { get; init; }
    /// <summary>A11.r: functional departments QualityDept's head assigned to a red warning.</summary>
    [Id(16)] public ImmutableArray<string> AssignedDepartments { get; init; } = [];
    [Id(17)] public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>A higher warning of the same ticket that supersedes this one (both stay in the history).</summary>
    [Id(18)] public Guid? SupersededBy { get; init; }
    [Id(19)] public int Version { get; init; }
    /// <summary>Why it closed: its ticket resolved, or its same-issue episode ended (A11.3.3).</summary>
    [Id(20)] public string? CloseReason { get; init; }
    /// <summary>When the call-center supervisor (and, for red, QualityDept's head) must have verified or dismissed it.</summary>
    [Id(21)] public DateTimeOffset? VerificationDueAt { get; init; }
    /// <summary>When the verifiers still to act were reminded that the verification deadline is near.</summary>
    [Id(22)] public DateTimeOffset? VerificationRemindedAt { get; init; }
    /// <summary>Set when the verification deadline passed with the warning still raised; the verifiers still to act are told, once.</summary>
    [Id(23)] public DateTimeOffset? VerificationOverdueSince { get; init; }
    /// <summary>
    /// Its ticket resolved (or its same-issue episode ended) while it waited for verification. It still waits: a
    /// warning escapes its penalty only by being dismissed. Once verified it books its deduction and closes.
    /// </summary>
    [Id(24)] public string? SubjectEnded { get; init; }
    // Serialized by its field so the property reads a warning stored before DismissedBy existed (default) as "nobody".
    [Id(25)]
    private readonly ImmutableArray<Actor> _dismissedBy = [];

    /// <summary>Who dismissed it; a red warning is dismissed only when both of its verifiers have (A11.r).</summary>
    public ImmutableArray<Actor> DismissedBy
    {
        get => _dismissedBy.IsDefault ? [] : _dismissedBy;
        init => _dismissedBy = value;
    }
    /// <summary>A10.4: its complaint was found invalid; a deduction (booked or later) is reversed by a new ledger entry.</summary>
    [Id(26)] public string? FoundInvalid { get; init; }
}
