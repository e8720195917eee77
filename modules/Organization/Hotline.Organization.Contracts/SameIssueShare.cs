namespace Hotline.Organization.Contracts;

/// <summary>
/// The A11.3 same-issue rule, written once for the live counters (Organization) and the reports (Reporting):
/// reached when households × 100 ≥ percent × the scope's registered households; never with no registered
/// households, never with no reporting households. Integer arithmetic in decimal, so 5 % of 20 is reached at exactly 1.
/// </summary>
public static class SameIssueShare
{
    public static bool Reached(long households, long total, decimal percent) =>
        total > 0 && households > 0 && households * 100m >= percent * total;
}
