using Hotline.Notifications.Inbox;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Notifications.Tests;

/// <summary>
/// The notification tests' shared host (they move the clock to the evening, which must not touch other scenarios), with ticket
/// clocks running around the clock so a complaint registered at 22:00 is due within minutes.
/// </summary>
public sealed class NotificationFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:Sla:DutyWindow:Start"] = "00:00",
        ["Hotline:Sla:DutyWindow:End"] = "24:00",
    };

    public InboxStore Inbox => Host.App.Services.GetRequiredService<InboxStore>();
}
