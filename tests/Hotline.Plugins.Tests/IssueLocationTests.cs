using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.Tests;

public sealed class IssueLocationTests
{
    [Theory]
    [InlineData(null, "没有地点", IssueLocation.ProjectWide)]
    [InlineData("", "二十三号楼的大堂", "building-23")]
    [InlineData("", "一〇五栋", "building-105")]
    [InlineData("", "会所的空调坏了", "clubhouse")]
    [InlineData("", "大門口有人擺攤", "main-gate")]
    [InlineData("", "两栋楼之间", IssueLocation.ProjectWide)]
    [InlineData("2区", "", "zone-2")]
    [InlineData(null, "一座假山旁边很脏", IssueLocation.ProjectWide)]
    [InlineData(null, "B座大堂", "building-b")]
    [InlineData("  ", "Tower 7 lobby", "building-7")]
    public void Normalize_LocationOrText_Slug(string? location, string text, string expected)
    {
        Assert.Equal(expected, IssueLocation.Normalize(location, text));
    }
}
