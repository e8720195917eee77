using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.Tests;

public sealed class KeywordCategoryHandlerTests
{
    [Fact]
    public void KeywordHandler_InvalidCode_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new BadCodeHandler());

        Assert.Contains("Engineering Dept", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_KeywordDeclaredInTraditional_MatchesSimplifiedText()
    {
        var handler = new WordsHandler(new Dictionary<string, double> { ["電梯"] = 3 });

        Assert.Equal(3, handler.Classify("电梯坏了").Score);
        Assert.Equal(["電梯"], handler.Classify("电梯坏了").MatchedKeywords);
    }

    [Fact]
    public void Classify_SameWordInBothScripts_CountedOnceAtHigherWeight()
    {
        var handler = new WordsHandler(new Dictionary<string, double> { ["電梯"] = 2, ["电梯"] = 3 });

        Assert.Equal(3, handler.Classify("電梯").Score);
    }

    [Fact]
    public void NormalizeIssueKey_EqualSubjectCounts_EarlierSubjectWins()
    {
        var handler = new WordsHandler(new Dictionary<string, double>());

        Assert.Equal("test/first/project", handler.NormalizeIssueKey(new IssueKeyInput("甲乙", "p", null)));
        Assert.Equal("test/second/project", handler.NormalizeIssueKey(new IssueKeyInput("乙丙", "p", null)));
    }

    private sealed class WordsHandler(IReadOnlyDictionary<string, double> keywords)
        : KeywordCategoryHandler(new CategoryVocabulary("test", "Test", "CustomerServiceDept")
        {
            Keywords = keywords,
            Subjects = [new("first", "甲"), new("second", "乙", "丙")],
        });

    private sealed class BadCodeHandler() : KeywordCategoryHandler(new CategoryVocabulary("Engineering Dept", "x", "y"));
}
