using System.Net.Http.Json;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Notifications.Tests.Routing;

/// <summary>A8.1.4: a major complaint is reported to the vice-president in charge at once: a raised red warning reaches them.</summary>
[Collection(NotificationCollection.Name)]
public sealed class RedWarningVicePresidentTests(NotificationFixture fixture)
{
    private const string VicePresident = "vp";

    private InboxDriver Inboxes => new(fixture);

    [Fact]
    public async Task A8_1_4_raised_red_warning_reaches_the_vice_president_once_for_information()
    {
        BusinessClock.AdvanceToNext(fixture.Clock, 10);
        var ticket = await fixture.Http.Register(new { kind = "Complaint", projectId = Demo.Sunrise, text = "業主揚言聯絡報社", location = "2號樓", registeredBy = "cc-agent-1", householdNotGiven = true });

        using var response = await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/raise-risk-warning",
            new { personId = "cc-agent-1", reason = "業主聯絡了記者" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

        var warningId = Assert.Single((await fixture.Http.GetTicket(ticket.Id)).Warnings);
        var told = Assert.Single(await Inboxes.Inbox(VicePresident, warningId));
        Assert.Equal((InboxItemKind.RedWarningRaised, WarningLevel.Red, (string?)null), (told.Kind, told.Level, told.OnBehalfOf));
        Assert.StartsWith("【紅色預警", told.Title, StringComparison.Ordinal);
        // The verifiers still get their own request; the vice-president is not asked to verify.
        Assert.Equal(InboxItemKind.VerifyRequest, Assert.Single(await Inboxes.Inbox(Demo.Supervisor, warningId)).Kind);
    }

    [Fact]
    public async Task A8_1_4_blue_warning_does_not_reach_the_vice_president()
    {
        BusinessClock.AdvanceToNext(fixture.Clock, 10);

        var blue = await Warnings.RaiseVerifiedBlue(fixture);

        Assert.Empty(await Inboxes.Inbox(VicePresident, blue.Id));
        Assert.NotEmpty(await Inboxes.Inbox(Demo.Supervisor, blue.Id));
    }
}
