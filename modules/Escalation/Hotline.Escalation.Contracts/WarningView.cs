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
}
