using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Notifications;

/// <summary>
/// Its own host (the notification tests move the clock to the evening, which must not touch other scenarios), with ticket
/// clocks running around the clock so a complaint registered at 22:00 is due within minutes.
/// </summary>
public sealed class NotificationFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:Sla:DutyWindow:Start"] = "00:00",
        ["Hotline:Sla:DutyWindow:End"] = "24:00",
    };
}
