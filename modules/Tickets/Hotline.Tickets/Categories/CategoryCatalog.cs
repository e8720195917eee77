using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Hotline.Plugins.Abstractions;

namespace Hotline.Tickets.Categories;

/// <summary>
/// Holds the plugin handlers and the built-in <see cref="OtherCategoryHandler"/>. Classification
/// asks every plugin handler; the highest score wins, ties go to more matched words, then to the
/// smaller code, so the same text always lands in the same category.
/// </summary>
public sealed class CategoryCatalog : ICategoryCatalog
{
    private readonly ICategoryHandler _other = new OtherCategoryHandler();
    private readonly ICategoryHandler[] _classifiers;
    private readonly FrozenDictionary<string, ICategoryHandler> _byCode;

    public CategoryCatalog(IEnumerable<ICategoryHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _classifiers = handlers.OrderBy(handler => handler.Code, StringComparer.Ordinal).ToArray();
        All = [.. _classifiers, _other];

        var duplicate = All.GroupBy(handler => handler.Code, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Category code '{duplicate.Key}' is registered more than once.");
        }

        _byCode = All.ToFrozenDictionary(handler => handler.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ICategoryHandler> All { get; }

    public bool TryGet(string code, [MaybeNullWhen(false)] out ICategoryHandler handler) =>
        _byCode.TryGetValue(code ?? string.Empty, out handler);

    public ICategoryHandler Classify(string text)
    {
        var best = _other;
        var bestMatch = CategoryMatch.None;
        foreach (var handler in _classifiers)
        {
            var match = handler.Classify(text ?? string.Empty);
            if (IsBetter(match, bestMatch))
            {
                (best, bestMatch) = (handler, match);
            }
        }

        return best;
    }

    // Handlers are visited in code order, so "strictly better" keeps the smaller code on a full tie.
    private static bool IsBetter(CategoryMatch candidate, CategoryMatch current) =>
        candidate.Score > current.Score
        || (candidate.Score == current.Score && candidate.Score > 0
            && candidate.MatchedKeywords.Count > current.MatchedKeywords.Count);
}
