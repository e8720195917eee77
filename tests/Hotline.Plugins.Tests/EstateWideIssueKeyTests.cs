using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Plugins.Tests;

/// <summary>
/// A11.3.3 / A11.3.2: a problem of the whole estate (a water or power cut, a fee rise) is one issue key for the project,
/// whichever building the caller names; a problem in one place keeps its place.
/// </summary>
public sealed class EstateWideIssueKeyTests(RealPluginsFixture plugins) : IClassFixture<RealPluginsFixture>
{
    private string Key(string code, string text, string? location = null) =>
        plugins.Handler(code).NormalizeIssueKey(new IssueKeyInput(text, "project-1", location));

    [Theory]
    [InlineData("3号楼停水了", null)]
    [InlineData("5棟今天又停水", null)]
    [InlineData("家裡沒水了", "12号楼")]
    public void A11_3_3_water_cut_is_one_key_for_the_estate(string text, string? location) =>
        Assert.Equal("engineering/water-outage/project", Key("engineering", text, location));

    [Fact]
    public void A11_3_3_power_cut_named_from_two_buildings_is_one_key() =>
        Assert.Equal(Key("engineering", "停电了", "3号楼"), Key("engineering", "7栋停電"));

    [Fact]
    public void A11_3_3_fee_rise_is_one_key_for_the_estate() =>
        Assert.Equal("customer-service/fee-rise/project", Key("customer-service", "3号楼的业主都反对物业费涨价"));

    [Fact]
    public void A11_3_3_burst_pipe_in_one_building_keeps_its_building()
    {
        var key = Key("engineering", "3号楼水管爆管了");

        Assert.Equal("engineering/water-supply/building-3", key);
        Assert.True(IssueLocation.IsLocal(key));
        Assert.False(IssueLocation.IsLocal("engineering/water-outage/project"));
    }
}
