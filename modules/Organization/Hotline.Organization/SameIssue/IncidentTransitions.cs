namespace Hotline.Organization.SameIssue;

/// <summary>
/// When a same-issue incident opens and ends (A11.3.2 / A11.3.3, product decision). It opens (next episode, to raise)
/// the moment the rolling-window count of households reaches the threshold, and ends the moment it falls below it again,
/// whether tickets aged out of the window or the household total grew. The rule that raised the red warning no longer
/// holds, so its warning is closed with the count as reason, and the next time the issue reaches the threshold is a new
/// incident with a new warning. Resolving the linked tickets does not end it: they still count while in the window.
/// </summary>
public static class IncidentTransitions
{
    /// <summary>The state after the threshold was checked; the same instance when nothing changes.</summary>
    public static SameIssueState Reevaluate(SameIssueState s, bool reached) => (reached, s.Open) switch
    {
        (true, false) => s with { Open = true, Episode = s.Episode + 1, RaisePending = true },
        (false, true) => s with { Open = false, EpisodesToClose = (s.EpisodesToClose.IsDefault ? [] : s.EpisodesToClose).Add(s.Episode) },
        _ => s,
    };
}
