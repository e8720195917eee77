using Hotline.WebConsole.Session;
using Hotline.WebConsole.TicketList;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Browser.Tests.Console.TicketList;

/// <summary>The tickets page's address and what it sends the list: the API's names, dates of Asia/Shanghai (UTC+8), worked by hand.</summary>
public sealed class TicketListQueryTests
{
    private static readonly ConsoleTime Shanghai = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), new FakeTimeProvider());

    [Fact]
    public void I13_TheAddress_KeepsTheApisFilters_InTheirOrder_AndDropsWhatIsNotOne()
    {
        var query = TicketListQuery.FromAddress(new Uri("http://host/console/tickets?Q=%E6%BC%8F%E6%B0%B4&kind=Suggestion&bogus=1&page=2&status="));

        Assert.Equal("/console/tickets?kind=Suggestion&q=%E6%BC%8F%E6%B0%B4&page=2", query.Address());
        Assert.Equal("漏水", query["q"]);
        Assert.Equal(2, query.Page);
        Assert.Equal("/console/tickets?kind=Suggestion&q=%E6%BC%8F%E6%B0%B4", query.AtPage(1).Address());
    }

    [Fact]
    public void I13_FromAndTo_AreDatesOfTheBusinessZone_ToIncluded_AndAnythingElseGoesAsTypedForTheApisParser()
    {
        var query = TicketListQuery.FromAddress(new Uri("http://host/console/tickets?from=2026-11-27&to=2026-11-27&q=x"));

        var sent = query.ForList(Shanghai);

        // 2026-11-27 00:00 in Shanghai is 2026-11-26 16:00 UTC; "to" that day included ends at 2026-11-28 00:00 there.
        Assert.Equal(DateTimeOffset.Parse("2026-11-26T16:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(sent["from"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeOffset.Parse("2026-11-27T16:00:00Z", System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(sent["to"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("x", sent["q"]);
        Assert.Equal("2026-13-45", TicketListQuery.FromAddress(new Uri("http://host/console/tickets?from=2026-13-45")).ForList(Shanghai)["from"]);
    }
}
