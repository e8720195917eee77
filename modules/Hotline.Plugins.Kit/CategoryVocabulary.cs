using Hotline.Plugins.Abstractions;
namespace Hotline.Plugins.Kit;

/// <summary>
/// Everything a <see cref="KeywordCategoryHandler"/> needs to know about one category: plain data,
/// so a category plugin is a word list and nothing else. Words may be written in Traditional or
/// Simplified Chinese; both scripts match (see <see cref="ChineseText"/>).
/// </summary>
/// <param name="Code">Stable lower-case code, e.g. <c>engineering</c>.</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="ResponsibleDepartment">The department of A7 that answers for the category.</param>
public sealed record CategoryVocabulary(string Code, string DisplayName, string ResponsibleDepartment)
{
    /// <summary>Words that point to the category, with how strongly (3 = decisive, 1 = a hint).</summary>
    public IReadOnlyDictionary<string, double> Keywords { get; init; } = new Dictionary<string, double>();

    /// <summary>Problem kinds in priority order; the subject with most matching words wins, then the earlier one.</summary>
    public IReadOnlyList<IssueSubject> Subjects { get; init; } = [];

    /// <summary>Words that make a report serious in this category, on top of <see cref="SeriousWords.Common"/>.</summary>
    public IReadOnlyList<string> SeriousKeywords { get; init; } = [];
}
