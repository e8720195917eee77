using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.Tests;

/// <summary>A test handler that gives every text the same score, to pin down the catalog's tie-breaking.</summary>
internal sealed class FixedScoreHandler(string code, double score, int keywordCount = 1) : ICategoryHandler
{
    public string Code => code;

    public string DisplayName => code;

    public string ResponsibleDepartment => "CustomerServiceDept";

    public CategoryMatch Classify(string text) =>
        score == 0 ? CategoryMatch.None : new(score, Enumerable.Repeat(code, keywordCount).ToArray());

    public string NormalizeIssueKey(IssueKeyInput input) => $"{code}/general/project";

    public SeveritySuggestion SuggestSeverity(string text) => SeveritySuggestion.General;
}
