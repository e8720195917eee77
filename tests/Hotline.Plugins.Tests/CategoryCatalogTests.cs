using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Categories;

namespace Hotline.Plugins.Tests;

/// <summary>A10.1.1: six categories; "other" is built in and catches what no plugin recognises.</summary>
public sealed class CategoryCatalogTests
{
    [Fact]
    public void Classify_NoPluginHandlers_Other()
    {
        var catalog = new CategoryCatalog([]);

        Assert.Equal("other", catalog.Classify("电梯坏了").Code);
        Assert.Equal(["other"], catalog.All.Select(h => h.Code));
    }

    [Fact]
    public void Classify_EveryHandlerScoresZero_Other()
    {
        var catalog = new CategoryCatalog([new FixedScoreHandler("engineering", 0)]);

        Assert.Equal(OtherCategoryHandler.CategoryCode, catalog.Classify("随便说说").Code);
    }

    [Fact]
    public void Classify_HigherScore_Wins()
    {
        var catalog = new CategoryCatalog([new FixedScoreHandler("a-low", 2), new FixedScoreHandler("z-high", 5)]);

        Assert.Equal("z-high", catalog.Classify("text").Code);
    }

    [Fact]
    public void Classify_EqualScoreMoreKeywords_MoreKeywordsWins()
    {
        var catalog = new CategoryCatalog([new FixedScoreHandler("a-one", 3, 1), new FixedScoreHandler("z-two", 3, 2)]);

        Assert.Equal("z-two", catalog.Classify("text").Code);
    }

    [Fact]
    public void Classify_FullTieInAnyRegistrationOrder_SmallerCodeWins()
    {
        var forward = new CategoryCatalog([new FixedScoreHandler("cleaning", 3), new FixedScoreHandler("security", 3)]);
        var backward = new CategoryCatalog([new FixedScoreHandler("security", 3), new FixedScoreHandler("cleaning", 3)]);

        Assert.Equal("cleaning", forward.Classify("text").Code);
        Assert.Equal("cleaning", backward.Classify("text").Code);
    }

    [Fact]
    public void TryGet_KnownCodeAnyCase_FindsHandler()
    {
        var catalog = new CategoryCatalog([new FixedScoreHandler("engineering", 1)]);

        Assert.True(catalog.TryGet("ENGINEERING", out var handler));
        Assert.Equal("engineering", handler.Code);
        Assert.True(catalog.TryGet("other", out var other));
        Assert.IsType<OtherCategoryHandler>(other);
    }

    [Fact]
    public void TryGet_UnknownCode_False()
    {
        var catalog = new CategoryCatalog([new FixedScoreHandler("engineering", 1)]);

        Assert.False(catalog.TryGet("plumbing", out _));
    }

    [Fact]
    public void Constructor_DuplicateCode_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new CategoryCatalog([new FixedScoreHandler("other", 1)]));

        Assert.Contains("'other'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherHandler_AnyText_MatchesNothingAndKeysAsGeneral()
    {
        var other = new OtherCategoryHandler();

        Assert.Equal(0, other.Classify("电梯坏了，垃圾没人清运").Score);
        Assert.Equal("other/general/building-3", other.NormalizeIssueKey(new IssueKeyInput("3号楼有点事", "p", null)));
        Assert.Equal("other/general/project", other.NormalizeIssueKey(new IssueKeyInput("有点事", "p", null)));
        Assert.Equal("CustomerServiceDept", other.ResponsibleDepartment);
    }

    [Fact]
    public void OtherHandler_CommonSeriousWord_Serious()
    {
        Assert.Equal(SeveritySuggestion.Serious, new OtherCategoryHandler().SuggestSeverity("有人受伤了，我要找记者"));
        Assert.Equal(SeveritySuggestion.General, new OtherCategoryHandler().SuggestSeverity("想问个问题"));
    }
}
