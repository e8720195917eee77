using Hotline.Organization.Contracts;

namespace Hotline.Organization.Issues;

/// <summary>The A11 numbers the counts use, read from <see cref="ISameIssuePolicy"/>.</summary>
public sealed class SameIssueRules(ISameIssuePolicy policy)
{
    /// <summary>A11.3: households count while one of their tickets is inside (now - window, now].</summary>
    public TimeSpan Window { get; } = policy.SameIssueWindow;

    /// <summary>A11.1.1: an earlier ticket repeats when it is less than this before the new one.</summary>
    public TimeSpan RepeatWindow { get; } = policy.RepeatComplaintWindow;

    public decimal Percent { get; } = policy.SameIssueThresholdPercent;

    /// <summary>Tickets are kept as long as either window may still need them.</summary>
    public TimeSpan Keep => Window > RepeatWindow ? Window : RepeatWindow;

    /// <summary>The one A11.3 rule (<see cref="SameIssueShare"/>); unknown households never reach.</summary>
    public bool Reached(int count, int? households) =>
        households is int total && SameIssueShare.Reached(count, total, Percent);

    /// <summary>The smallest count that reaches the threshold, or null when there is none.</summary>
    public int? Threshold(int? households) =>
        households is int total && total > 0 ? Math.Max(1, (int)Math.Ceiling(Percent * total / 100m)) : null;

    public bool InWindow(IssueTicket ticket, DateTimeOffset now) => ticket.At > now - Window;
}
