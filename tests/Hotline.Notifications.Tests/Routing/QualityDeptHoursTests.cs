using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Tests.Support;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Notifications.Tests.Routing;

/// <summary>A8.1.3, A9.1: QualityDept is on duty 08:30–17:30; what is meant for it outside those hours goes to the 24-hour line.</summary>
[Collection(NotificationCollection.Name)]
public sealed class QualityDeptHoursTests(NotificationFixture fixture)
{
    private INotifier Notifier => fixture.Host.App.Services.GetRequiredService<INotifier>();

    private InboxDriver Inboxes => new(fixture);

    [Theory]
    [InlineData(8, 30)]
    [InlineData(17, 29)]
    public async Task A8_1_3_within_the_hours_QualityDept_gets_its_own_item(int hour, int minute)
    {
        var item = Item(At(hour, minute));

        await Notifier.Notify([Demo.QualityHead], item);

        Assert.Null(Assert.Single(await Items(Demo.QualityHead, item.Id)).OnBehalfOf);
        Assert.Empty(await Items("cs-hotline", item.Id));
    }

    [Theory]
    [InlineData(8, 29)]
    [InlineData(17, 30)]
    [InlineData(23, 0)]
    public async Task A8_1_3_and_A9_1_outside_the_hours_QualityDept_items_go_to_the_24_hour_line(int hour, int minute)
    {
        var item = Item(At(hour, minute));

        await Notifier.Notify([Demo.QualityHead, "qd-staff"], item);

        Assert.Empty(await Items(Demo.QualityHead, item.Id));
        Assert.Empty(await Items("qd-staff", item.Id));
        var forwarded = (await Items("cs-hotline", item.Id)).Select(i => i.OnBehalfOf).Order().ToList();
        Assert.Equal([Demo.QualityHead, "qd-staff"], forwarded);
    }

    [Fact]
    public async Task A8_1_3_the_organisation_shows_QualityDepts_duty_hours()
    {
        var company = await fixture.Http.GetFromJsonAsync<JsonElement>("/api/organization");

        var hours = company.GetProperty("qualityDeptDuty");
        Assert.Equal(("08:30", "17:30"), (hours.GetProperty("start").GetString(), hours.GetProperty("end").GetString()));
        Assert.Equal(0, hours.GetProperty("days").GetArrayLength()); // every day
    }

    private static InboxItem Item(DateTimeOffset at) =>
        new($"test/{Guid.NewGuid():N}", at, null, null, InboxItemKind.DeadlineSoon, "Plan deadline soon", Guid.NewGuid());

    /// <summary>A Shanghai time on a Tuesday (the hours hold every day).</summary>
    private static DateTimeOffset At(int hour, int minute) => new(2026, 12, 1, hour, minute, 0, TimeSpan.FromHours(8));

    private async Task<List<InboxItem>> Items(string personId, string itemId) =>
        [.. (await Inboxes.Inbox(personId)).Where(i => i.Id.StartsWith(itemId, StringComparison.Ordinal))];
}
