using Hotline.Organization.Contracts;

namespace Hotline.Organization.SameIssue;

/// <summary>The checks every report passes before it is counted.</summary>
public static class IssueReports
{
    /// <summary>The trimmed issue key; rejects a report without key or household.</summary>
    public static string KeyOf(IssueReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.IssueKey, nameof(report));
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Household, nameof(report));
        return report.IssueKey.Trim();
    }
}
