using System.Collections.Immutable;

namespace Hotline.Organization.SameIssue;

/// <summary>
/// What a same-issue counter persists: only its incident (A11.3.2 / A11.3.3), a few numbers whatever the volume.
/// Episodes are numbered from 1; <see cref="Episode"/> is the current or last one. Raising and closing are saved
/// first (an outbox) and carried out after the save, so a failed call is retried.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.SameIssueState")]
public sealed record SameIssueState
{
    [Id(0)]
    public long Episode { get; init; }

    /// <summary>The count is at or above the threshold: new tickets join the incident of <see cref="Episode"/>.</summary>
    [Id(1)]
    public bool Open { get; init; }

    [Id(2)]
    public bool RaisePending { get; init; }

    /// <summary>Episodes that ended (the count fell below the threshold) whose red warning is still to be closed.</summary>
    [Id(3)]
    public ImmutableArray<long> EpisodesToClose { get; init; } = [];

    public bool HasPendingWarnings => RaisePending || !EpisodesToClose.IsDefaultOrEmpty;
}
