using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.Tests;

/// <summary>A11.3: the issue key names "the same problem", however owners phrase it.</summary>
public sealed class IssueKeyTests(RealPluginsFixture plugins) : IClassFixture<RealPluginsFixture>
{
    private string Key(string code, string text, string? location = null) =>
        plugins.Handler(code).NormalizeIssueKey(new IssueKeyInput(text, "project-1", location));

    [Theory]
    [InlineData("3号楼电梯坏了")]
    [InlineData("3號樓的電梯又停了，有人困在裡面")]
    [InlineData("三号楼电梯故障，一直停在5楼")]
    [InlineData("3栋的电梯门关不上")]
    [InlineData("3#楼升降机异响")]
    [InlineData("Building 3 lift is broken again")]
    public void NormalizeIssueKey_ElevatorInBuilding3PhrasedDifferently_SameKey(string complaint)
    {
        Assert.Equal("engineering/elevator/building-3", Key("engineering", complaint));
    }

    [Theory]
    [InlineData("3號樓")]
    [InlineData("3号楼")]
    [InlineData("3棟")]
    [InlineData("三号楼")]
    [InlineData("３号楼2单元1502")]
    [InlineData("3")]
    [InlineData("03#")]
    [InlineData("Block 3")]
    public void NormalizeIssueKey_LocationFieldNamesBuilding3_Building3(string location)
    {
        Assert.Equal("engineering/elevator/building-3", Key("engineering", "电梯坏了", location));
    }

    [Fact]
    public void NormalizeIssueKey_DifferentBuildings_DifferentKeys()
    {
        var building3 = Key("engineering", "3号楼电梯坏了");
        var building5 = Key("engineering", "5号楼电梯坏了");

        Assert.NotEqual(building3, building5);
        Assert.Equal("engineering/elevator/building-5", building5);
    }

    [Fact]
    public void NormalizeIssueKey_LocationFieldGiven_WinsOverTextMention()
    {
        Assert.Equal("engineering/elevator/building-12", Key("engineering", "3号楼的电梯坏了", "十二栋"));
    }

    [Theory]
    [InlineData("楼道垃圾没人清运", "cleaning/garbage/project")]
    [InlineData("樓道的垃圾堆了三天沒人收", "cleaning/garbage/project")]
    [InlineData("我1号报修的电梯到现在还没修", "engineering/elevator/project")]
    [InlineData("地下车库经常有人乱停车", "security/parking/parking")]
    [InlineData("A区3栋楼下草坪杂草很多", "landscaping/lawn/zone-a-building-3")]
    [InlineData("B座门口的树枝断了", "landscaping/trees/building-b")]
    [InlineData("物业费收费不透明", "customer-service/fees/project")]
    public void NormalizeIssueKey_Complaint_CategorySubjectLocation(string complaint, string expected)
    {
        var code = expected[..expected.IndexOf('/')];

        Assert.Equal(expected, Key(code, complaint));
    }

    [Fact]
    public void NormalizeIssueKey_NoSubjectWord_GeneralSubject()
    {
        Assert.Equal("security/general/building-7", Key("security", "7号楼晚上很不安全"));
    }

    [Fact]
    public void NormalizeIssueKey_UnparsableChineseLocation_FallsBackToTextThenProject()
    {
        Assert.Equal("cleaning/garbage/building-2", Key("cleaning", "2栋垃圾没清运", "西边那里"));
        Assert.Equal("cleaning/garbage/project", Key("cleaning", "垃圾没清运", "西边那里"));
    }

    [Fact]
    public void NormalizeIssueKey_AsciiLocation_BecomesSlug()
    {
        Assert.Equal("cleaning/garbage/north-car-park-b2", Key("cleaning", "垃圾没清运", "North Car-Park B2"));
    }

    [Fact]
    public void NormalizeIssueKey_AnyRealHandler_KeyIsLowercaseAsciiSlugs()
    {
        foreach (var handler in plugins.Handlers)
        {
            var key = handler.NormalizeIssueKey(new IssueKeyInput("3號樓電梯漏水垃圾保安綠化物業費", "p", null));
            Assert.Matches("^[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+$", key);
            Assert.StartsWith(handler.Code + "/", key, StringComparison.Ordinal);
        }
    }
}
