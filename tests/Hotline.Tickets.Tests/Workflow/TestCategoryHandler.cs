using Hotline.Plugins.Abstractions;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// A second category beside the built-in "other", so correct-category has somewhere to go in the pure
/// workflow tests. It recognises no words; text containing "!" sounds serious.
/// </summary>
internal sealed class TestCategoryHandler : ICategoryHandler
{
    public const string CategoryCode = "facilities";

    public string Code => CategoryCode;

    public string DisplayName => "設施";

    public string ResponsibleDepartment => "EngineeringDept";

    public CategoryMatch Classify(string text) => CategoryMatch.None;

    public string NormalizeIssueKey(IssueKeyInput input) => $"{Code}/general/{input.Location ?? "unknown"}";

    public SeveritySuggestion SuggestSeverity(string text) => text.Contains('!') ? SeveritySuggestion.Serious : SeveritySuggestion.General;
}
