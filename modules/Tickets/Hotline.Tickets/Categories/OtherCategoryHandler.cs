using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Tickets.Categories;

/// <summary>
/// The sixth category of A10.1.1, built in so a ticket always has one. It recognises no words;
/// the catalog falls back to it. Issue keys are <c>other/general/&lt;location&gt;</c>; the common
/// serious words still raise severity.
/// </summary>
public sealed class OtherCategoryHandler() : KeywordCategoryHandler(Vocabulary)
{
    public const string CategoryCode = "other";

    private static readonly CategoryVocabulary Vocabulary = new(CategoryCode, "其他", "CustomerServiceDept");
}
