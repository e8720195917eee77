using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.Tests;

public sealed class ChineseTextTests
{
    [Theory]
    [InlineData("電梯", "电梯")]
    [InlineData("綠化", "绿化")]
    [InlineData("媒體", "媒体")]
    [InlineData("投訴多次", "投诉多次")]
    [InlineData("３號樓", "3号楼")]
    [InlineData("Block　B", "block b")]
    [InlineData("垃圾", "垃圾")]
    public void Fold_TraditionalOrFullWidth_SimplifiedHalfWidthLowercase(string text, string expected)
    {
        Assert.Equal(expected, ChineseText.Fold(text));
    }

    [Fact]
    public void Fold_Null_Empty()
    {
        Assert.Equal(string.Empty, ChineseText.Fold(null));
    }
}
