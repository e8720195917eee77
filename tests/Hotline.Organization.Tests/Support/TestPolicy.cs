using Hotline.Organization.Contracts;

namespace Hotline.Organization.Tests.Support;

/// <summary>The regulation's A11 numbers for the pure-function tests.</summary>
public sealed class TestPolicy : ISameIssuePolicy
{
    public TimeSpan RepeatComplaintWindow { get; init; } = TimeSpan.FromDays(30);

    public TimeSpan SameIssueWindow { get; init; } = TimeSpan.FromDays(30);

    public decimal SameIssueThresholdPercent { get; init; } = 5m;
}
