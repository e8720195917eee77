using System.Net;
using Hotline.Host.Observability;

namespace Hotline.Observability.Tests;

/// <summary>Who may scrape /metrics without signing in: only connections from the configured operators' networks.</summary>
public sealed class OperatorsNetworkTests
{
    [Theory]
    [InlineData("10.20.0.7", true)]
    [InlineData("10.20.0.255", true)]
    [InlineData("10.20.1.7", false)]
    [InlineData("192.168.7.9", true)] // the single address listed
    [InlineData("192.168.7.10", false)]
    [InlineData("::ffff:10.20.0.7", true)] // an IPv4 client on a dual-stack socket
    [InlineData("127.0.0.1", false)] // loopback is not an operators' network unless listed
    public void OperatorsNetwork_Listed_AdmitsOnlyItsAddresses(string remote, bool admitted)
    {
        var network = OperatorsNetwork.From(["10.20.0.0/24", "192.168.7.9"]);

        Assert.Equal(admitted, network.Admits(IPAddress.Parse(remote)));
    }

    [Fact]
    public void OperatorsNetwork_NoneConfigured_AdmitsNobody()
    {
        var network = OperatorsNetwork.From([]);

        Assert.False(network.Admits(IPAddress.Loopback));
        Assert.False(network.Admits(null));
    }

    [Fact]
    public void MetricsOptions_BadNetwork_IsAProblemNamingTheKey()
    {
        var options = new MetricsOptions { ScrapeNetworks = ["10.20.0.0/24", "ten-twenty"] };

        var problem = Assert.Single(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));

        Assert.Equal([nameof(MetricsOptions.ScrapeNetworks)], problem.MemberNames);
        Assert.Contains("ten-twenty", problem.ErrorMessage, StringComparison.Ordinal);
    }
}
