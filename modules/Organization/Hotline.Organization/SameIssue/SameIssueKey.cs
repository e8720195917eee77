using Hotline.Organization.Contracts;

namespace Hotline.Organization.SameIssue;

/// <summary>
/// A counter's grain key: one issue key in one scope, a project (A11.3.3) or the company (A11.3.2). Branches have no
/// threshold, so their counts are read from the rows and need no counter.
/// </summary>
public sealed record SameIssueKey(string? ProjectId, string IssueKey)
{
    // A separator no id or issue key contains (control characters are refused at the edge).
    private const char Separator = '\u001f';
    private const string CompanyScope = "company";

    public bool IsCompany => ProjectId is null;

    public static SameIssueKey Project(string projectId, string issueKey) => new(projectId, issueKey);

    public static SameIssueKey Company(string issueKey) => new(null, issueKey);

    public string GrainKey => $"{(IsCompany ? CompanyScope : "project/" + ProjectId)}{Separator}{IssueKey}";

    public static SameIssueKey Parse(string grainKey)
    {
        var cut = grainKey.IndexOf(Separator, StringComparison.Ordinal);
        if (cut <= 0)
        {
            throw new ArgumentException($"'{grainKey}' is not a same-issue counter key", nameof(grainKey));
        }

        var scope = grainKey[..cut];
        var key = grainKey[(cut + 1)..];
        return scope == CompanyScope ? Company(key)
            : scope.StartsWith("project/", StringComparison.Ordinal) ? Project(scope["project/".Length..], key)
            : throw new ArgumentException($"'{grainKey}' names no known scope", nameof(grainKey));
    }

    /// <summary>
    /// The key a report counts under at company level (A11.3.2): the issue key for a problem of the whole estate, so a
    /// fee rise in two projects is one issue; qualified by the project for a local one, so building 3 of two projects is not.
    /// </summary>
    public static string CompanyKey(string projectId, IssueReport report) =>
        report.Local ? $"{report.IssueKey.Trim()}@{projectId}" : report.IssueKey.Trim();

    /// <summary>A household's identity inside its project: the same door number in two projects is two households.</summary>
    public static string Household(string household) => household.Trim().ToUpperInvariant();

    /// <summary>A household's identity across the company.</summary>
    public static string CompanyHousehold(string projectId, string householdKey) => $"{projectId}{Separator}{householdKey}";
}
