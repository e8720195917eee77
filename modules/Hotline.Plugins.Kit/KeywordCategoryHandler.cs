using Hotline.Plugins.Abstractions;
using System.Text.RegularExpressions;

namespace Hotline.Plugins.Kit;

/// <summary>
/// A category handler driven by a <see cref="CategoryVocabulary"/>: a category plugin derives from
/// it and supplies words only. Matching is on folded text (<see cref="ChineseText"/>), so Traditional
/// and Simplified complaints score the same. Immutable after construction, hence thread-safe.
/// </summary>
public abstract partial class KeywordCategoryHandler : ICategoryHandler
{
    /// <summary>The subject of an issue key when no subject word is in the text.</summary>
    public const string GeneralSubject = "general";

    private readonly FoldedKeyword[] _keywords;
    private readonly (string Slug, FoldedKeyword[] Words, bool EstateWide)[] _subjects;
    private readonly FoldedKeyword[] _seriousKeywords;

    protected KeywordCategoryHandler(CategoryVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        RequireSlug(vocabulary.Code, nameof(vocabulary.Code));
        foreach (var subject in vocabulary.Subjects)
        {
            RequireSlug(subject.Slug, nameof(vocabulary.Subjects));
        }

        Code = vocabulary.Code;
        DisplayName = vocabulary.DisplayName;
        ResponsibleDepartment = vocabulary.ResponsibleDepartment;
        _keywords = FoldedKeyword.FoldAll(vocabulary.Keywords);
        _subjects = vocabulary.Subjects.Select(s => (s.Slug, FoldedKeyword.FoldAll(s.Keywords), s.EstateWide)).ToArray();
        _seriousKeywords = FoldedKeyword.FoldAll(SeriousWords.Common.Concat(vocabulary.SeriousKeywords));
    }

    public string Code { get; }

    public string DisplayName { get; }

    public string ResponsibleDepartment { get; }

    public CategoryMatch Classify(string text)
    {
        var folded = ChineseText.Fold(text);
        var matched = _keywords.Where(keyword => keyword.IsIn(folded))
            .OrderByDescending(keyword => keyword.Weight)
            .ThenBy(keyword => keyword.Declared, StringComparer.Ordinal)
            .ToArray();
        return matched.Length == 0
            ? CategoryMatch.None
            : new CategoryMatch(matched.Sum(keyword => keyword.Weight), matched.Select(k => k.Declared).ToArray());
    }

    public string NormalizeIssueKey(IssueKeyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (subject, estateWide) = SubjectOf(ChineseText.Fold(input.Text));
        var location = estateWide ? IssueLocation.ProjectWide : IssueLocation.Normalize(input.Location, input.Text);
        return $"{Code}/{subject}/{location}";
    }

    public SeveritySuggestion SuggestSeverity(string text)
    {
        var folded = ChineseText.Fold(text);
        return _seriousKeywords.Any(keyword => keyword.IsAffirmedIn(folded))
            ? SeveritySuggestion.Serious
            : SeveritySuggestion.General;
    }

    private (string Slug, bool EstateWide) SubjectOf(string folded)
    {
        var best = (GeneralSubject, false);
        var bestCount = 0;
        foreach (var (slug, words, estateWide) in _subjects)
        {
            var count = words.Count(word => word.IsIn(folded));
            if (count > bestCount)
            {
                (best, bestCount) = ((slug, estateWide), count);
            }
        }

        return best;
    }

    private static void RequireSlug(string value, string what)
    {
        if (!SlugPattern().IsMatch(value ?? string.Empty))
        {
            throw new ArgumentException($"{what} '{value}' must be lower-case ASCII words joined by '-'.", what);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
