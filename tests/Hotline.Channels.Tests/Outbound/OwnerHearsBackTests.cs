using Hotline.Channels.Tests.Support;
using Hotline.Plugins.Abstractions;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Channels.Tests.Outbound;

/// <summary>
/// The owner hears back through the door the ticket came in by: received with the tracking number, the confirmed plan,
/// the resolution, a suggestion's decision (A10.2.3, its delivery on the timeline), an invalid complaint's reason (A10.4).
/// </summary>
[Collection(ChannelsCollection.Name)]
public sealed class OwnerHearsBackTests(ChannelsFixture fixture)
{
    private TestDoor Door => fixture.Door;

    [Fact]
    public async Task A2_a_ticket_from_a_door_is_acknowledged_on_that_door_with_its_tracking_number()
    {
        var phone = Phones.Next();
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);

        var ack = await Outbox.Acknowledgement(Door, phone);

        Assert.Matches("^[0-9]{6,}$", ack.TicketNumber);
        Assert.Equal($"您的投訴已受理，編號{ack.TicketNumber}，可憑編號查詢進度。", ack.Text);
        Assert.Equal(ticket.Id, (await OwnerTicket.ByNumber(fixture.Http, ack.TicketNumber!)).Id);
        Assert.Equal("王先生", ack.To.Name);
        // The delivery is on the ticket's timeline, done by the channel.
        await Eventually.Get(ticket.Timeline, t => t.Any(e => e.Action == "owner-told" && e.Actor == ChannelsFixture.DoorId));
        Assert.DoesNotContain(fixture.Sms.Attempts, m => m.To.Phone == phone);
    }

    [Fact]
    public async Task A10_3_2_the_owner_is_told_the_confirmed_completion_date_in_business_time()
    {
        var phone = Phones.Next();
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);
        var number = (await Outbox.Acknowledgement(Door, phone)).TicketNumber;
        await ticket.Do("start", "sunrise-liaison");
        await ticket.Do("contact", "sunrise-liaison", new { department = "EngineeringDept", plan = "更換門機" });
        // 2027-01-15 02:30 UTC is 10:30 in Asia/Shanghai.
        await ticket.Do("report-plan", "sunrise-liaison", new { completionDueAt = new DateTimeOffset(2027, 1, 15, 2, 30, 0, TimeSpan.Zero), plan = "更換門機" });

        await ticket.Do("confirm-plan", "cc-agent-1");

        var told = await Outbox.Delivered(Door, phone, m => m.Text.Contains("處理方案", StringComparison.Ordinal));
        Assert.Equal($"工單{number}：處理方案已確認，預計2027年1月15日 10:30前完成。", told.Text);
        // Sent oldest first: had report-plan (not yet confirmed) told the owner, that message would be here before this one.
        Assert.Single(Door.Attempts.Where(m => m.To.Phone == phone && m.Text.Contains("處理方案", StringComparison.Ordinal)).Select(m => m.MessageId).Distinct());
        Assert.Equal(OwnerMessageKind.Reply, told.Kind);
    }

    [Fact]
    public async Task A10_1_3_3_the_owner_is_told_the_ticket_is_resolved_with_the_resolution_note()
    {
        var phone = Phones.Next();
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);
        var number = (await Outbox.Acknowledgement(Door, phone)).TicketNumber;
        await ticket.Do("start", "sunrise-liaison");
        await ticket.Do("contact", "sunrise-liaison", new { department = "EngineeringDept", plan = "更換門機" });
        await ticket.Do("report-plan", "sunrise-liaison", new { completionDueAt = fixture.Clock.GetUtcNow().AddDays(2), plan = "更換門機" });

        await ticket.Do("resolve", "sunrise-liaison", new { note = "已更換電梯門機" });

        var told = await Outbox.Delivered(Door, phone, m => m.Text.Contains("處理完成", StringComparison.Ordinal));
        Assert.Equal($"工單{number}已處理完成：已更換電梯門機", told.Text);
    }

    [Fact]
    public async Task A10_2_3_a_rejected_suggestion_reaches_the_owner_with_its_reason_and_the_delivery_is_recorded()
    {
        var phone = Phones.Next();
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone, TicketKind.Suggestion, "建議增設兒童遊樂設施");
        var ack = await Outbox.Acknowledgement(Door, phone);
        Assert.Equal($"您的建議已受理，編號{ack.TicketNumber}，可憑編號查詢進度。", ack.Text);

        await ticket.Do("decide", "sunrise-manager", new { adopted = false, reason = "預算不足", note = "明年再議" });

        var told = await Outbox.Delivered(Door, phone, m => m.Kind == OwnerMessageKind.Reply);
        // One answer: the decision (which resolves the suggestion), not a second "resolved" message.
        Assert.Equal($"您的建議（編號{ack.TicketNumber}）未獲採納，原因：預算不足。回覆：明年再議", told.Text);
        var recorded = await Eventually.Get(ticket.Get, t => t.ReplyReachedOwnerAt is not null);
        Assert.Equal(ChannelsFixture.DoorId, recorded.ReplyReachedOwnerBy);
        Assert.Contains((await ticket.Timeline()), e => e.Action == "reply-reached-owner" && e.Actor == ChannelsFixture.DoorId);
    }

    [Fact]
    public async Task A10_4_the_owner_is_told_the_complaint_was_found_invalid_and_why()
    {
        var phone = Phones.Next();
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);
        var number = (await Outbox.Acknowledgement(Door, phone)).TicketNumber;
        await ticket.Do("file-statement", "sunrise-manager", new { reason = "賠償要求超出物業責任" });

        await ticket.Do("review-statement", "cc-supervisor", new { accepted = true, note = "同意" });

        var told = await Outbox.Delivered(Door, phone, m => m.Text.Contains("無效投訴", StringComparison.Ordinal));
        Assert.Equal($"工單{number}經審核不屬物業公司責任，列為無效投訴。原因：賠償要求超出物業責任", told.Text);
        // Filing the statement told the owner nothing; only the accepted review did.
        Assert.Single(Door.Attempts.Where(m => m.To.Phone == phone && m.Text.Contains("無效", StringComparison.Ordinal)).Select(m => m.MessageId).Distinct());
    }

    [Fact]
    public async Task A11_1_1_the_owner_is_told_a_reopened_ticket_is_handled_again()
    {
        var phone = Phones.Next();
        var ticket = await OwnerTicket.Register(fixture, ChannelsFixture.DoorId, phone);
        var number = (await Outbox.Acknowledgement(Door, phone)).TicketNumber;
        await ticket.Do("start", "sunrise-liaison");
        await ticket.Do("contact", "sunrise-liaison", new { department = "EngineeringDept", plan = "更換門機" });
        await ticket.Do("report-plan", "sunrise-liaison", new { completionDueAt = fixture.Clock.GetUtcNow().AddDays(2), plan = "更換門機" });
        await ticket.Do("resolve", "sunrise-liaison", new { note = "已更換電梯門機" });
        await ticket.Do("callback", "cc-agent-1", new { reached = true, rating = 2 });

        await ticket.Do("reopen", "cc-agent-1", new { note = "電梯又壞了" });

        var told = await Outbox.Delivered(Door, phone, m => m.Kind == OwnerMessageKind.Notification);
        Assert.Equal($"工單{number}已重新開啟，我們將繼續處理。", told.Text);
    }
}
