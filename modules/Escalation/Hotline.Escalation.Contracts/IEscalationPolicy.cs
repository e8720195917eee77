using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// The A11 numbers other modules act on (configuration section Hotline:Escalation, A13.2). A DI
/// service registered by the Escalation module, so tickets and projects read the one policy.
/// </summary>
public interface IEscalationPolicy
{
    /// <summary>A11.1.2 / A11.2 / A11.3.1: how far past its current due time a ticket raises blue, yellow, red (3, 7, 15 days).</summary>
    IReadOnlyList<(WarningLevel Level, TimeSpan PastDue)> OverdueThresholds { get; }

    /// <summary>A11.1.1: a complaint by the same household about the same issue key within this window is a repeat complaint.</summary>
    TimeSpan RepeatComplaintWindow { get; }

    /// <summary>A11.3.2 / A11.3.3: the rolling window over which distinct households per issue key are counted (30 days).</summary>
    TimeSpan SameIssueWindow { get; }

    /// <summary>A11.3.2 / A11.3.3: the share of households (percent, 5) at or above which a red warning is raised.</summary>
    decimal SameIssueThresholdPercent { get; }

    /// <summary>How long before a ticket's deadline the people who must act get a "deadline soon" notice.</summary>
    TimeSpan DeadlineNoticeLead { get; }
}
