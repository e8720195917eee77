using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.Organization.Tests.Support;

/// <summary>The regulation's A11 numbers for the pure-function tests.</summary>
public sealed class TestPolicy : IEscalationPolicy
{
    public IReadOnlyList<(WarningLevel Level, TimeSpan PastDue)> OverdueThresholds { get; } =
        [(WarningLevel.Blue, TimeSpan.FromDays(3)), (WarningLevel.Yellow, TimeSpan.FromDays(7)), (WarningLevel.Red, TimeSpan.FromDays(15))];

    public TimeSpan RepeatComplaintWindow { get; init; } = TimeSpan.FromDays(30);

    public TimeSpan SameIssueWindow { get; init; } = TimeSpan.FromDays(30);

    public decimal SameIssueThresholdPercent { get; init; } = 5m;

    public TimeSpan DeadlineNoticeLead { get; init; } = TimeSpan.FromMinutes(5);
}
