using System.Collections.Immutable;
using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Notifications;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Deliveries;
using Hotline.Notifications.Tests.Support;
using Hotline.Organization.Contracts;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Notifications.Tests.Sms;

/// <summary>Issue 4: every inbox notification also goes out by SMS, exactly once per (event, person, channel), whatever the retries.</summary>
[Collection(SmsCollection.Name)]
public sealed class SmsDeliveryTests
{
    private readonly SmsFixture _fixture;

    public SmsDeliveryTests(SmsFixture fixture)
    {
        _fixture = fixture;
        fixture.CaptureLogs();
    }

    private INotifier Notifier => _fixture.Host.App.Services.GetRequiredService<INotifier>();

    private NotificationDispatcher Dispatcher => _fixture.Host.App.Services.GetRequiredService<NotificationDispatcher>();

    [Fact]
    public async Task Sms_RoutedWarning_EachRecipientGetsExactlyOneSms_WhateverTheRetries()
    {
        var verified = await Warnings.RaiseVerifiedBlue(_fixture);
        Assert.Equal([Demo.NorthHead, Demo.SunriseManager], verified.RoutedTo.Order());
        var routed = (await new InboxDriver(_fixture).Inbox(Demo.NorthHead, verified.Id)).Single(i => i.Kind == InboxItemKind.Routed);

        // The warning's outbox, a reminder tick and a second silo may all call the notifier again.
        for (var i = 0; i < 3; i++)
        {
            await Notifier.Notify([Demo.NorthHead, Demo.SunriseManager], routed);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Notifier.Notify([Demo.SunriseManager, Demo.NorthHead], routed)));

        foreach (var person in verified.RoutedTo)
        {
            var delivery = await Eventually.Get(() => Delivery(person, routed.Id), d => d?.Status == DeliveryStatus.Delivered, _fixture.Clock);
            // A send needs a claim, and each claim counts an attempt: delivered after one attempt means the dispatcher
            // sent it once and can send it no more (only pending or expired rows are claimed) — nothing is on its way.
            Assert.Equal(1, delivery!.Attempts);
        }

        // The dispatcher has processed its queue: a sweep of our own finds nothing due for this event.
        await Dispatcher.Sweep(CancellationToken.None);
        foreach (var person in verified.RoutedTo)
        {
            var messageId = NotificationDeliveryStore.IdOf(routed.Id, person, "sms").ToString("N");
            var sms = Assert.Single(_fixture.Gateway.Requests, r => r.MessageId == messageId);
            Assert.Equal(await PhoneOf(person), sms.To);
            Assert.Equal((SmsFixture.ApiKey, messageId), (sms.ApiKey, sms.IdempotencyKey));
            Assert.Equal(routed.Title, sms.Text);
        }
    }

    [Fact]
    public async Task Sms_GatewayFailsTwiceThenSucceeds_ExactlyOneDeliveredMessage()
    {
        var phone = await PhoneOf(Demo.EngineeringStaff);
        _fixture.Gateway.FailNext(phone, 2);
        var item = Item();

        await Notifier.Notify([Demo.EngineeringStaff], item);

        var delivery = await Eventually.Get(() => Delivery(Demo.EngineeringStaff, item.Id), d => d?.Status == DeliveryStatus.Delivered, _fixture.Clock);
        Assert.Equal(3, delivery!.Attempts);
        Assert.NotNull(delivery.DeliveredAt);
        var messageId = NotificationDeliveryStore.IdOf(item.Id, Demo.EngineeringStaff, "sms").ToString("N");
        var attempts = _fixture.Gateway.Requests.Where(r => r.MessageId == messageId).ToList();
        Assert.Equal(3, attempts.Count);
        Assert.Single(attempts, r => r.Answered == System.Net.HttpStatusCode.OK);
        Assert.All(attempts, r => Assert.Equal(messageId, r.IdempotencyKey));
    }

    [Fact]
    public async Task Sms_GatewayKeepsFailing_GivesUpAfterMaxAttemptsWithAVisibleStatus()
    {
        var phone = await PhoneOf(Demo.SecurityStaff);
        _fixture.Gateway.FailNext(phone, 100);
        var item = Item();

        await Notifier.Notify([Demo.SecurityStaff], item);

        var delivery = await Eventually.Get(() => Delivery(Demo.SecurityStaff, item.Id), d => d?.Status == DeliveryStatus.Failed, _fixture.Clock);
        Assert.Equal(SmsFixture.MaxAttempts, delivery!.Attempts);
        Assert.StartsWith($"gave up after {SmsFixture.MaxAttempts} attempts", delivery.LastError, StringComparison.Ordinal);
        Assert.Null(delivery.NextAttemptAt);
        Assert.Single(await new InboxDriver(_fixture).Inbox(Demo.SecurityStaff), i => i.Id == item.Id); // the inbox has it regardless
    }

    [Fact]
    public async Task Sms_PersonWithoutPhone_FailsPermanentlyAtOnce()
    {
        var item = Item();

        await Notifier.Notify(["admin"], item);

        var delivery = await Eventually.Get(() => Delivery("admin", item.Id), d => d?.Status == DeliveryStatus.Failed, _fixture.Clock);
        Assert.Equal(1, delivery!.Attempts);
        Assert.Contains("no phone number", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sms_DeliveryRecordedButNeverWoken_TheSweepSendsIt()
    {
        // What a silo that crashed right after recording leaves behind: a pending row nobody was told about.
        var store = _fixture.Host.App.Services.GetRequiredService<NotificationDeliveryStore>();
        var eventId = $"test/{Guid.NewGuid():N}";
        Assert.True(await store.Record(eventId, "legal-staff", "【測試】", ["sms"], _fixture.Clock.GetUtcNow()));

        var delivery = await Eventually.Get(() => Delivery("legal-staff", eventId), d => d?.Status == DeliveryStatus.Delivered, _fixture.Clock);

        Assert.Equal(1, delivery!.Attempts);
    }

    [Fact]
    public async Task Log_AfterSmsTraffic_NeverHoldsAPhoneNumberOrTheApiKey()
    {
        var item = Item();
        await Notifier.Notify([Demo.QualityHead, Demo.GeneralManager], item);
        await Eventually.Get(() => Delivery(Demo.GeneralManager, item.Id), d => d?.Status == DeliveryStatus.Delivered, _fixture.Clock);
        _fixture.Gateway.FailNext(await PhoneOf("audit-staff"), 1);
        var failing = Item();
        await Notifier.Notify(["audit-staff"], failing);
        await Eventually.Get(() => Delivery("audit-staff", failing.Id), d => d?.Status == DeliveryStatus.Delivered, _fixture.Clock);

        var phones = (await People()).Select(p => p.Phone).OfType<string>().ToList();
        var lines = _fixture.Log.Lines;
        Assert.Contains(lines, line => line.Contains("138****0010", StringComparison.Ordinal)); // the failure, masked
        Assert.DoesNotContain(lines, line => phones.Any(phone => line.Contains(phone, StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, line => line.Contains(SmsFixture.ApiKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliveries_NoPersonId_AreTheSignedInPersonsOwn()
    {
        var own = await _fixture.Host.ClientAs("legal-staff").GetAsync("/api/notifications/deliveries");
        var tooLong = await _fixture.Host.ClientAs("legal-staff").GetAsync($"/api/notifications/deliveries?personId=legal-staff&eventId={new string('x', 501)}");

        Assert.Equal(System.Net.HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("eventId", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private InboxItem Item() =>
        new($"test/{Guid.NewGuid():N}", _fixture.Clock.GetUtcNow(), null, null, InboxItemKind.DeadlineSoon, "【測試】工單期限將至", Guid.NewGuid());

    private async Task<NotificationDelivery?> Delivery(string personId, string eventId)
    {
        var rows = await _fixture.Http.GetFromJsonAsync<ImmutableArray<NotificationDelivery>>(
            $"/api/notifications/deliveries?personId={personId}&eventId={Uri.EscapeDataString(eventId)}", Json.Options);
        return rows.SingleOrDefault(r => r.Channel == "sms");
    }

    private async Task<ImmutableArray<PersonInfo>> People() =>
        await _fixture.Grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetPeople();

    private async Task<string> PhoneOf(string personId) => (await People()).Single(p => p.Id == personId).Phone!;
}
