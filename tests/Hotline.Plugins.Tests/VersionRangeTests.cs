using Hotline.Host.Plugins;

namespace Hotline.Plugins.Tests;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("[0.1,1.0)", "0.1.0", true)]
    [InlineData("[0.1,1.0)", "0.9.9", true)]
    [InlineData("[0.1,1.0)", "1.0.0", false)]
    [InlineData("[0.1,1.0)", "0.0.9", false)]
    [InlineData("(0.1,1.0]", "0.1.0", false)]
    [InlineData("(0.1,1.0]", "1.0", true)]
    [InlineData("[9.0,10.0)", "0.1.0", false)]
    [InlineData("0.1", "5.0", true)]
    [InlineData("0.2", "0.1.9", false)]
    [InlineData("[0.1]", "0.1.0", true)]
    [InlineData("[0.1]", "0.1.1", false)]
    [InlineData("(,1.0)", "0.0.1", true)]
    [InlineData("[0.1,)", "42.0", true)]
    public void Includes_RangeAndVersion_Expected(string range, string version, bool expected)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed));
        Assert.Equal(expected, parsed.Includes(Version.Parse(version)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[0.1,1.0")]
    [InlineData("[1.0,0.1)")]
    [InlineData("(0.1)")]
    [InlineData("[a,b)")]
    [InlineData("[0.1,0.5,1.0)")]
    [InlineData("latest")]
    public void TryParse_Malformed_False(string range)
    {
        Assert.False(VersionRange.TryParse(range, out _));
    }

    [Fact]
    public void HostVersion_Current_IsTheBuildVersion()
    {
        Assert.Equal(new Version(0, 1, 0, 0), HostVersion.Current);
    }
}
