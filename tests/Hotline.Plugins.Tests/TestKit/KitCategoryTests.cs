using System.Runtime.Loader;
using Hotline.Host.Plugins;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.TestKit;

namespace Hotline.Plugins.Tests.TestKit;

/// <summary>The plugin test kit on the real category plugins: loaded by the host's loader, fed texts.</summary>
public sealed class KitCategoryTests
{
    [Fact]
    public void LoadBuilt_EngineeringPlugin_LoadedByTheRealLoaderIntoItsOwnContext()
    {
        using var plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.Engineering");

        Assert.Equal((PluginState.Loaded, "hotline.categories.engineering", "category"), (plugin.Record.State, plugin.Record.Id, plugin.Record.Kind));
        Assert.Equal(["engineering"], plugin.Record.Categories);
        var handler = Assert.Single(plugin.Categories);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(handler.GetType().Assembly));
        Assert.Contains("Information: Plugin Hotline.Plugins.Engineering loaded: hotline.categories.engineering 0.1.0 (category; categories: engineering)", plugin.Log.Lines);
        Assert.Empty(plugin.IntakeChannels);
        Assert.Empty(plugin.NotificationChannels);
    }

    [Theory]
    [InlineData("3号楼电梯坏了", "engineering")]
    [InlineData("今天天气很好", "other")]
    public void SuggestCategory_EngineeringOnly_EngineeringOrOther(string text, string expected)
    {
        using var plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.Engineering");

        Assert.Equal(expected, plugin.SuggestCategory(text));
    }

    [Fact]
    public void Category_EngineeringTexts_SeverityAndIssueKeySuggestions()
    {
        using var plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.Engineering");
        var engineering = plugin.Category("engineering");

        Assert.Equal(SeveritySuggestion.Serious, engineering.SuggestSeverity("电梯关人了"));
        Assert.Equal(SeveritySuggestion.General, engineering.SuggestSeverity("楼道灯不亮"));
        Assert.Equal("engineering/elevator/building-3", engineering.NormalizeIssueKey(new IssueKeyInput("3号楼电梯坏了", "sunrise", null)));
        Assert.Equal("EngineeringDept", engineering.ResponsibleDepartment);
    }

    [Fact]
    public void Category_UnknownCode_NamesTheCodesThePluginHas()
    {
        using var plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.OrderMaintenance");

        var error = Assert.Throws<InvalidOperationException>(() => plugin.Category("engineering"));
        Assert.Equal("plugin hotline.categories.order-maintenance has no category 'engineering' (it has: security)", error.Message);
    }
}
