namespace Hotline.Organization.Contracts;

/// <summary>
/// The A11 numbers same-issue counting acts on (configuration section Hotline:Escalation, A13.2). The Escalation module
/// registers its one policy as this too, so the counters and the warnings read the same numbers.
/// </summary>
public interface ISameIssuePolicy
{
    /// <summary>A11.1.1: a complaint by the same household about the same issue key within this window is a repeat complaint.</summary>
    TimeSpan RepeatComplaintWindow { get; }

    /// <summary>A11.3.2 / A11.3.3: the rolling window over which distinct households per issue key are counted (30 days).</summary>
    TimeSpan SameIssueWindow { get; }

    /// <summary>A11.3.2 / A11.3.3: the share of households (percent, 5) at or above which a red warning is raised.</summary>
    decimal SameIssueThresholdPercent { get; }
}
