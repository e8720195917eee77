using System.Diagnostics.CodeAnalysis;
using Hotline.Plugins.Abstractions;

namespace Hotline.Tickets.Categories;

/// <summary>The six categories of A10.1.1: those the plugins brought, plus the built-in "other".</summary>
public interface ICategoryCatalog
{
    /// <summary>Every category, ordered by code, with "other" last.</summary>
    IReadOnlyList<ICategoryHandler> All { get; }

    bool TryGet(string code, [MaybeNullWhen(false)] out ICategoryHandler handler);

    /// <summary>The category whose words fit <paramref name="text"/> best; "other" when none fits.</summary>
    ICategoryHandler Classify(string text);
}
