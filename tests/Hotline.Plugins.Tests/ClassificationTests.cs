namespace Hotline.Plugins.Tests;

/// <summary>A10.1.1: real owner complaints, in Simplified and in Traditional Chinese, land in the right category.</summary>
public sealed class ClassificationTests(RealPluginsFixture plugins) : IClassFixture<RealPluginsFixture>
{
    [Theory]
    [InlineData("3号楼电梯又坏了，停在5楼不动，老人上下楼很不方便", "engineering")]
    [InlineData("3號樓電梯又壞了，停在5樓不動，老人上下樓很不方便", "engineering")]
    [InlineData("我家天花板漏水，楼上卫生间渗水好几天了", "engineering")]
    [InlineData("我家天花板漏水，樓上衛生間滲水好幾天了", "engineering")]
    [InlineData("小区路灯晚上不亮，黑漆漆的走路很危险", "engineering")]
    [InlineData("小區路燈晚上不亮，黑漆漆的走路很危險", "engineering")]
    [InlineData("家里突然停水了，也没有提前通知", "engineering")]
    [InlineData("保安不管外来人员随意进出小区", "security")]
    [InlineData("保安不管外來人員隨意進出小區", "security")]
    [InlineData("地下车库经常有人乱停车，把我的车位占了", "security")]
    [InlineData("地下車庫經常有人亂停車，把我的車位佔了", "security")]
    [InlineData("楼上装修噪音太大，晚上十点还在吵", "security")]
    [InlineData("保安态度很差，还骂人", "security")]
    [InlineData("楼道里的垃圾好几天没人清运，臭死了", "cleaning")]
    [InlineData("樓道裡的垃圾好幾天沒人清運，臭死了", "cleaning")]
    [InlineData("草坪上到处都是狗屎，保洁也不打扫", "cleaning")]
    [InlineData("草坪上到處都是狗屎，保潔也不打掃", "cleaning")]
    [InlineData("小区的绿化带很久没修剪了，树枝挡住了窗户", "landscaping")]
    [InlineData("小區的綠化帶很久沒修剪了，樹枝擋住了窗戶", "landscaping")]
    [InlineData("物业打药的时候没有提前通知，家里小孩闻到农药味", "landscaping")]
    [InlineData("物業打藥的時候沒有提前通知，家裡小孩聞到農藥味", "landscaping")]
    [InlineData("物业费收费不透明，打客服电话一直没人接", "customer-service")]
    [InlineData("物業費收費不透明，打客服電話一直沒人接", "customer-service")]
    [InlineData("管家态度很差，问题反映了一个月都没有答复", "customer-service")]
    [InlineData("管家態度很差，問題反映了一個月都沒有答復", "customer-service")]
    [InlineData("我想咨询一下附近学校的招生情况", "other")]
    [InlineData("", "other")]
    public void Catalog_RealComplaint_ClassifiedIntoExpectedCategory(string complaint, string expected)
    {
        Assert.Equal(expected, plugins.Catalog.Classify(complaint).Code);
    }

    [Theory]
    [InlineData("电梯漏水", "電梯漏水")]
    [InlineData("绿化带杂草", "綠化帶雜草")]
    [InlineData("保安巡逻", "保安巡邏")]
    [InlineData("垃圾清运", "垃圾清運")]
    [InlineData("物业费发票", "物業費發票")]
    public void Handler_SameTextInBothScripts_ScoresIdentically(string simplified, string traditional)
    {
        foreach (var handler in plugins.Handlers)
        {
            Assert.Equal(handler.Classify(simplified).Score, handler.Classify(traditional).Score);
        }
    }

    [Fact]
    public void Classify_MatchingText_ReportsDeclaredKeywords()
    {
        var match = plugins.Handler("engineering").Classify("電梯漏水");

        Assert.Equal(6, match.Score);
        Assert.Equal(["漏水", "电梯"], match.MatchedKeywords.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Classify_UnrelatedText_ScoresZero()
    {
        Assert.Equal(0, plugins.Handler("landscaping").Classify("电梯坏了").Score);
    }
}
