using System.Collections.Immutable;

namespace Hotline.Organization.Issues;

/// <summary>
/// One issue key of a project, branch or company: the households reporting it in the rolling window and
/// the same-issue incident (A11.3.2 / A11.3.3). Incident episodes are numbered from 1; <see cref="Episode"/>
/// is the current or last one, so a window that empties is kept while it has had an incident.
/// Raising and linking are saved first (an outbox) and done after the save, so a failed call is retried.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.IssueWindow")]
public sealed record IssueWindow
{
    [Id(0)]
    public ImmutableArray<IssueHousehold> Households { get; init; } = [];

    [Id(1)]
    public long Episode { get; init; }

    /// <summary>The count is at or above the threshold: new tickets join the incident of <see cref="Episode"/>.</summary>
    [Id(2)]
    public bool Open { get; init; }

    [Id(3)]
    public bool RaisePending { get; init; }

    [Id(4)]
    public ImmutableArray<Guid> PendingLinks { get; init; } = [];

    /// <summary>Episodes that ended (the count fell below the threshold) whose red warning is still to be closed.</summary>
    [Id(5)]
    public ImmutableArray<long> EpisodesToClose { get; init; } = [];

    public bool IsEmpty => Households.IsEmpty && Episode == 0;

    public bool HasPendingWarnings => RaisePending || !PendingLinks.IsEmpty || !EpisodesToClose.IsDefaultOrEmpty;
}
