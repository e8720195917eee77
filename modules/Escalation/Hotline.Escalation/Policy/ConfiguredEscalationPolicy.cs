using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Escalation.Policy;

/// <summary>The A11 numbers other modules act on, read from Hotline:Escalation; the same-issue counters read it as <see cref="ISameIssuePolicy"/>.</summary>
public sealed class ConfiguredEscalationPolicy(EscalationOptions options) : IEscalationPolicy, ISameIssuePolicy
{
    public IReadOnlyList<(WarningLevel Level, TimeSpan PastDue)> OverdueThresholds { get; } =
    [
        (WarningLevel.Blue, TimeSpan.FromDays(options.OverdueBlueDays)),
        (WarningLevel.Yellow, TimeSpan.FromDays(options.OverdueYellowDays)),
        (WarningLevel.Red, TimeSpan.FromDays(options.OverdueRedDays)),
    ];

    public TimeSpan RepeatComplaintWindow => options.RepeatComplaintWindow;

    public TimeSpan SameIssueWindow => options.SameIssueWindow;

    public decimal SameIssueThresholdPercent => options.SameIssueThresholdPercent;

    public TimeSpan DeadlineNoticeLead => options.DeadlineNoticeLead;
}
