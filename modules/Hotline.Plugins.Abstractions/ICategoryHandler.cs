namespace Hotline.Plugins.Abstractions;

/// <summary>
/// Knows one ticket category of regulation A10.1.1: how to recognise it in free text, which
/// department answers for it, how to name "the same problem" (A11.3) and how serious a report sounds.
/// Implementations must be thread-safe and free of I/O: grains call them on their hot path.
/// </summary>
public interface ICategoryHandler
{
    /// <summary>Stable code used in tickets, configuration and URLs, e.g. <c>engineering</c>.</summary>
    string Code { get; }

    /// <summary>Name shown to people, e.g. 工程維修.</summary>
    string DisplayName { get; }

    /// <summary>The functional department responsible (A7), e.g. <c>EngineeringDept</c>.</summary>
    string ResponsibleDepartment { get; }

    /// <summary>How strongly <paramref name="text"/> belongs to this category; 0 means not at all.</summary>
    CategoryMatch Classify(string text);

    /// <summary>The issue key for same-issue detection: <c>category/subject/location</c>.</summary>
    string NormalizeIssueKey(IssueKeyInput input);

    /// <summary>General or serious (A10.3), as a suggestion the agent may override.</summary>
    SeveritySuggestion SuggestSeverity(string text);
}
