using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.Tests;

/// <summary>A10.3: the handler suggests serious for danger, injury, media and repeated complaints.</summary>
public sealed class SeverityTests(RealPluginsFixture plugins) : IClassFixture<RealPluginsFixture>
{
    [Theory]
    [InlineData("engineering", "电梯突然停了，我妈被困在里面半小时")]
    [InlineData("engineering", "電梯突然停了，我媽被困在裡面半小時")]
    [InlineData("engineering", "楼道配电箱冒烟，还有火花")]
    [InlineData("engineering", "楼道插座漏电，小孩差点触电")]
    [InlineData("engineering", "樓道插座漏電，小孩差點觸電")]
    [InlineData("engineering", "水管爆管，家里全水浸了")]
    [InlineData("cleaning", "地面有油污没人打扫，老人摔倒受伤了")]
    [InlineData("cleaning", "地面有油污沒人打掃，老人摔倒受傷了")]
    [InlineData("customer-service", "这个问题我已经投诉多次了，再不处理就找媒体")]
    [InlineData("customer-service", "這個問題我已經投訴多次了，再不處理就找媒體")]
    [InlineData("security", "我家昨晚被盗了，保安说没看到人")]
    [InlineData("security", "地下车库着火了")]
    [InlineData("landscaping", "大风把树刮倒了，树枝砸到我的车")]
    public void SuggestSeverity_DangerInjuryOrEscalation_Serious(string code, string complaint)
    {
        Assert.Equal(SeveritySuggestion.Serious, plugins.Handler(code).SuggestSeverity(complaint));
    }

    [Theory]
    [InlineData("engineering", "3号楼路灯不亮")]
    [InlineData("cleaning", "楼道垃圾没清运")]
    [InlineData("landscaping", "草坪杂草很多，很久没修剪")]
    [InlineData("customer-service", "物业费发票什么时候能开")]
    [InlineData("security", "晚上楼上有点吵")]
    public void SuggestSeverity_OrdinaryComplaint_General(string code, string complaint)
    {
        Assert.Equal(SeveritySuggestion.General, plugins.Handler(code).SuggestSeverity(complaint));
    }

    [Theory]
    [InlineData("电梯停了一会儿，幸好没有人被困")]
    [InlineData("電梯停了一會兒，幸好無人受傷")]
    [InlineData("楼道灯坏了，还好未起火")]
    public void SuggestSeverity_SeriousWordNegated_General(string complaint)
    {
        Assert.Equal(SeveritySuggestion.General, plugins.Handler("engineering").SuggestSeverity(complaint));
    }

    [Fact]
    public void SuggestSeverity_NegatedAndAffirmedMention_Serious()
    {
        var severity = plugins.Handler("engineering").SuggestSeverity("第一次没有人被困，今天又有人被困了");

        Assert.Equal(SeveritySuggestion.Serious, severity);
    }

    [Fact]
    public void SuggestSeverity_CategorySpecificWord_SeriousOnlyInThatCategory()
    {
        Assert.Equal(SeveritySuggestion.Serious, plugins.Handler("engineering").SuggestSeverity("水管爆管"));
        Assert.Equal(SeveritySuggestion.General, plugins.Handler("cleaning").SuggestSeverity("水管爆管"));
    }
}
