using System.Net;
using System.Net.Http.Json;
using Hotline.Channels.Contracts;
using Hotline.Channels.Outbound;
using Hotline.Channels.Tests.Support;
using Hotline.Plugins.Abstractions;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Channels.Tests.Outbound;

/// <summary>The owner outbox: retried with back-off, failures visible, the fallback channel, no address, one message per event.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class OwnerOutboxDeliveryTests(ChannelsFixture fixture)
{
    private OwnerDispatcher Dispatcher => fixture.Services.GetRequiredService<OwnerDispatcher>();

    [Fact]
    public async Task A2_a_retryable_failure_is_sent_again_after_the_back_off_exactly_once()
    {
        var phone = Phones.Next();
        fixture.Door.FailNext(phone, ChannelResult.Retryable("gateway busy"));
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);

        var failed = await Eventually.Get(() => Outbox.Of(fixture.Http, ticket.Id), rows => rows.Any(r => r.Attempts == 1 && r.Status == OwnerOutboxStatus.Pending));
        Assert.Contains("gateway busy", Assert.Single(failed).LastError);
        // Due one RetryDelay after the failure, not before.
        Assert.Equal(ChannelsFixture.RetryDelay, failed[0].NextAttemptAt - failed[0].UpdatedAt);

        var ack = await Outbox.Acknowledgement(fixture.Door, phone, fixture.Clock);
        await Dispatcher.Sweep(CancellationToken.None);

        var attempts = fixture.Door.Attempts.Where(m => m.To.Phone == phone).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, m => Assert.Equal(ack.MessageId, m.MessageId)); // the same idempotency key on the retry
        var row = Assert.Single(await Outbox.Of(fixture.Http, ticket.Id));
        Assert.Equal((OwnerOutboxStatus.Delivered, 2), (row.Status, row.Attempts));
        Assert.Null(row.To); // the address is not kept once delivered
    }

    [Fact]
    public async Task A2_a_permanent_failure_stays_visible_with_its_reason_and_is_not_retried()
    {
        var phone = Phones.Next();
        fixture.Door.FailNext(phone, ChannelResult.Permanent("number not on the channel"));
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);

        var rows = await Eventually.Get(() => Outbox.Of(fixture.Http, ticket.Id), r => r.Any(x => x.Status == OwnerOutboxStatus.Failed));
        await Dispatcher.Sweep(CancellationToken.None);

        var row = Assert.Single(rows);
        Assert.Equal(("received", 1), (row.EventKey, row.Attempts));
        Assert.Equal("permanent failure: number not on the channel", row.LastError);
        Assert.Single(fixture.Door.Attempts, m => m.To.Phone == phone);
        Assert.DoesNotContain(fixture.Door.Delivered, m => m.To.Phone == phone);
        var failed = await fixture.Http.GetFromJsonAsync<OwnerOutboxPage>("/api/channels/outbox?status=failed&limit=200&personId=cc-supervisor", TicketApi.Json);
        Assert.Contains(failed!.Items, r => r.TicketId == ticket.Id);
    }

    [Fact]
    public async Task A2_a_call_center_ticket_answers_the_owner_through_the_fallback_channel_by_phone()
    {
        var phone = Phones.Next();
        var registered = await fixture.Http.Register(new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = "p-sunrise", text = "地下車庫漏水", location = "車庫",
            householdNotGiven = true, ownerName = "李小姐", ownerPhone = phone,
        });

        var ack = await Outbox.Acknowledgement(fixture.Sms, phone);

        Assert.Equal("call-center", registered.Channel);
        Assert.Equal($"您的投訴已受理，編號{ack.TicketNumber}，可憑編號查詢進度。", ack.Text);
        Assert.Null(ack.To.AccountId);
        Assert.DoesNotContain(fixture.Door.Attempts, m => m.To.Phone == phone);
        Assert.Equal(ChannelsFixture.FallbackId, Assert.Single(await Outbox.Of(fixture.Http, registered.Id)).Channel);
    }

    [Fact]
    public async Task A2_a_ticket_without_an_owner_address_sends_nothing_and_says_so()
    {
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone: null);

        var row = Assert.Single(await Eventually.Get(() => Outbox.Of(fixture.Http, ticket.Id), r => r.Count > 0));

        Assert.Equal((OwnerOutboxStatus.Unaddressed, 0), (row.Status, row.Attempts));
        Assert.Contains("no phone number or account", row.LastError);
        Assert.Null(row.NextAttemptAt);
    }

    [Fact]
    public async Task A2_telling_the_same_event_again_records_and_sends_one_message()
    {
        var phone = Phones.Next();
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);
        var ack = await Outbox.Acknowledgement(fixture.Door, phone);

        // What a new activation of the grain does with an event still listed in its outbox: tell it again.
        var notices = fixture.Services.GetRequiredService<IOwnerNotices>();
        var again = new OwnerNotice(ticket.Id, ack.TicketNumber!, ChannelsFixture.DoorId, "received", OwnerNoticeKind.Acknowledgement, ack.Text, ack.At) { Phone = phone };
        await notices.Tell(again);
        await notices.Tell(again);
        await Dispatcher.Sweep(CancellationToken.None);

        Assert.Single(await Outbox.Of(fixture.Http, ticket.Id));
        Assert.Single(fixture.Door.Attempts, m => m.To.Phone == phone);
    }

    [Fact]
    public async Task A2_a_message_recorded_claimed_by_a_silo_that_died_before_sending_it_is_sent_once_when_the_claim_expires()
    {
        var phone = Phones.Next();
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);
        var ack = await Outbox.Acknowledgement(fixture.Door, phone);

        // What a silo records for a new message before it sends it at once; this one dies right after the record.
        var store = fixture.Services.GetRequiredService<OwnerOutboxStore>();
        var lease = fixture.Services.GetRequiredService<OwnerOutboxOptions>().SendLease;
        var now = fixture.Clock.GetUtcNow();
        var row = new OwnerOutboxRow(OwnerOutboxStore.IdOf(ticket.Id, "resolved-died", ChannelsFixture.DoorId), ticket.Id, ack.TicketNumber!,
            "resolved-died", ChannelsFixture.DoorId, OwnerMessageKind.Notification, new OwnerAddress(phone), "已處理完畢", OwnerOutboxStatus.Pending, null);
        Assert.True(await store.Record(row, now, now + lease, CancellationToken.None));

        // Claimed for its first attempt: no sweep takes it while the claim holds.
        await Dispatcher.Sweep(CancellationToken.None);
        Assert.DoesNotContain(fixture.Door.Attempts, m => m.MessageId == row.MessageId);
        var claimed = Assert.Single(await Outbox.Of(fixture.Http, ticket.Id), r => r.MessageId == row.MessageId);
        Assert.Equal((OwnerOutboxStatus.Sending, 1, now + lease), (claimed.Status, claimed.Attempts, claimed.NextAttemptAt));

        // The dispatcher's own loop wakes with the clock too and may take it first: wait for the row to end.
        fixture.Clock.Advance(lease);
        await Dispatcher.Sweep(CancellationToken.None);
        var rows = await Eventually.Get(() => Outbox.Of(fixture.Http, ticket.Id),
            r => r.Any(x => x.MessageId == row.MessageId && x.Status != OwnerOutboxStatus.Sending));

        Assert.Single(fixture.Door.Attempts, m => m.MessageId == row.MessageId);
        var sent = Assert.Single(rows, r => r.MessageId == row.MessageId);
        Assert.Equal((OwnerOutboxStatus.Delivered, 2), (sent.Status, sent.Attempts));
    }

    [Fact]
    public async Task A2_the_owner_outbox_is_for_the_call_center_and_the_administrator_only()
    {
        Assert.Equal(HttpStatusCode.OK, (await fixture.Http.GetAsync("/api/channels/outbox?personId=admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Http.GetAsync("/api/channels/outbox?personId=sunrise-liaison")).StatusCode);
        var bad = await fixture.Http.GetAsync("/api/channels/outbox?status=lost&personId=cc-agent-1");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Problem()).GetProperty("errors").TryGetProperty("status", out _));
    }
}
