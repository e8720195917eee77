using Hotline.Escalation.Contracts;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Tests.Support;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Notifications.Tests.Routing;

/// <summary>A9: a notification to someone off duty goes to the on-duty person of the same role, else to the 24-hour line.</summary>
[Collection(NotificationCollection.Name)]
public sealed class NotifierTests(NotificationFixture fixture)
{
    private const string NightLiaison = "sunrise-liaison-night";
    private const string RiversideLiaison = "riverside-liaison";
    private const string Hotline = "cs-hotline";

    private INotifier Notifier => fixture.Host.App.Services.GetRequiredService<INotifier>();

    private InboxDriver Inboxes => new(fixture);

    [Fact]
    public async Task Notify_OnDuty_GoesToThePersonThemself()
    {
        var item = Item(At(10));

        await Notifier.Notify([Demo.SunriseLiaison], item);

        var own = Assert.Single(await Items(Demo.SunriseLiaison, item.Id));
        Assert.Null(own.OnBehalfOf);
        Assert.Empty(await Items(NightLiaison, item.Id));
    }

    [Fact]
    public async Task Notify_OffDuty_GoesToTheOnDutyPersonOfTheSameRole()
    {
        var item = Item(At(22));

        await Notifier.Notify([Demo.SunriseLiaison, Demo.SunriseManager], item);

        var standIn = Assert.Single(await Items(NightLiaison, item.Id));
        Assert.Equal(Demo.SunriseLiaison, standIn.OnBehalfOf);
        Assert.Empty(await Items(Demo.SunriseLiaison, item.Id));
        Assert.Null(Assert.Single(await Items(Demo.SunriseManager, item.Id)).OnBehalfOf);
    }

    [Fact]
    public async Task Notify_StandInAlsoARecipient_GetsOnlyTheirOwnItem()
    {
        var item = Item(At(22));

        await Notifier.Notify([Demo.SunriseLiaison, NightLiaison], item);

        Assert.Null(Assert.Single(await Items(NightLiaison, item.Id)).OnBehalfOf);
        Assert.Empty(await Items(Demo.SunriseLiaison, item.Id));
    }

    [Fact]
    public async Task Notify_NobodyOfTheRoleOnDuty_GoesToTheCustomerServiceLine()
    {
        var item = Item(At(22));

        await Notifier.Notify([RiversideLiaison], item);

        var fallback = Assert.Single(await Items(Hotline, item.Id));
        Assert.Equal(RiversideLiaison, fallback.OnBehalfOf);
        Assert.Empty(await Items(RiversideLiaison, item.Id));
    }

    [Fact]
    public async Task Notify_Repeated_LeavesOneItemEach()
    {
        var item = Item(At(23));

        for (var i = 0; i < 3; i++)
        {
            await Notifier.Notify([Demo.SunriseLiaison, RiversideLiaison, Demo.SunriseManager], item);
        }

        Assert.Single(await Items(NightLiaison, item.Id));
        Assert.Single(await Items(Hotline, item.Id));
        Assert.Single(await Items(Demo.SunriseManager, item.Id));
    }

    [Fact]
    public async Task Notify_ABurstToOnePerson_EveryItemOnce_AndTheUnreadCountExact()
    {
        var before = (await Inboxes.Page(Demo.SunriseManager)).Unread;
        var burst = Enumerable.Range(0, 600).Select(_ => Item(At(10))).ToList();

        // The morning's "deadline soon" burst in small: 600 notices to one person at once, some sent twice.
        await Task.WhenAll(burst.Concat(burst.Take(50)).Select(item => Notifier.Notify([Demo.SunriseManager], item)));

        var ids = (await Inboxes.All(Demo.SunriseManager)).Select(i => i.Id).ToHashSet();
        Assert.All(burst, item => Assert.Contains(item.Id, ids));
        Assert.Equal(before + 600, (await Inboxes.Page(Demo.SunriseManager)).Unread);
    }

    private static InboxItem Item(DateTimeOffset at) =>
        new($"test/{Guid.NewGuid():N}", at, null, null, InboxItemKind.DeadlineSoon, "Start deadline soon", Guid.NewGuid());

    /// <summary>A Shanghai time on a Saturday, so weekly days play no part.</summary>
    private static DateTimeOffset At(int hour) => new(2026, 11, 28, hour, 0, 0, TimeSpan.FromHours(8));

    private async Task<List<InboxItem>> Items(string personId, string itemId) =>
        [.. (await Inboxes.Inbox(personId)).Where(i => i.Id.StartsWith(itemId, StringComparison.Ordinal))];
}
