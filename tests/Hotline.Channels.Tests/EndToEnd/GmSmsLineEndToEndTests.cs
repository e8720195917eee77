using System.Net;
using Hotline.Channels.Inbound;
using Hotline.Channels.Tests.Support;
using Hotline.Kernel;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Channels.Tests.EndToEnd;

/// <summary>
/// A2, the general manager's SMS line on the real host over HTTP, the whole loop: the owner's SMS in (signed like the
/// gateway) → ticket dispatched → acknowledgement out through the real SMS plugin to the development gateway → the owner's
/// reply on the timeline → plan confirmed → the owner told the date → resolved → told → rated.
/// </summary>
[Collection(ChannelsCollection.Name)]
public sealed class GmSmsLineEndToEndTests(ChannelsFixture fixture)
{
    private const string Url = "/channels/gm-sms/messages";

    [Fact]
    public async Task A2_owner_sms_is_dispatched_acknowledged_answered_told_the_plan_and_resolution_and_rated()
    {
        var phone = ChannelsFixture.NewPhone();
        var project = await fixture.ProjectWithOwner(phone);

        // In: "坏了" makes it a repair (README's keywords); the household is the registry's row for this number.
        var answer = await Deliver(phone, $"gw-{Guid.NewGuid():N}", "3号楼电梯坏了，一直停在5楼");
        Assert.Equal(InboundStatus.Processed, answer.Status);
        var number = answer.TicketNumber!;
        var ticket = new OwnerTicket(fixture.Http, answer.TicketId!.Value);
        var view = await ticket.Get();
        Assert.Equal(("gm-sms", project, "5-2-502", TicketKind.Repair, TicketStatus.Dispatched),
            (view.Channel, view.ProjectId, view.Household, view.Kind, view.Status));
        Assert.Equal(ticket.Id, (await OwnerTicket.ByNumber(fixture.Http, number)).Id);

        // Out: the acknowledgement with the tracking number, posted by the real plugin to the development gateway.
        var ack = await DevOutbox.Received(fixture.Http, phone, s => s.Text.Contains("已受理", StringComparison.Ordinal), fixture.Clock);
        Assert.Equal($"您的報修已受理，編號{number}，可憑編號查詢進度。", ack.Text);

        // The owner answers the thread by quoting the number: on the ticket's timeline as theirs, no new ticket.
        var reply = await Deliver(phone, $"gw-{Guid.NewGuid():N}", $"#{number} 请问今天能来修吗？");
        Assert.Equal((InboundStatus.Processed, ticket.Id), (reply.Status, reply.TicketId));
        Assert.Contains(await ticket.Timeline(), e => e.Action == "owner-message" && e.Actor == OwnerActors.ForPhone(phone).PersonId
            && e.Note!.Contains("请问今天能来修吗", StringComparison.Ordinal));

        // Staff handle it (the branch head of the project's branch), the call center confirms the plan.
        await ticket.Do("start", "north-head");
        await ticket.Do("contact", "north-head", new { department = "EngineeringDept", plan = "更換電梯主板" });
        // 2027-01-14 17:00 UTC is 2027-01-15 01:00 in Asia/Shanghai (UTC+8): the owner reads the next day.
        await ticket.Do("report-plan", "north-head", new { completionDueAt = new DateTimeOffset(2027, 1, 14, 17, 0, 0, TimeSpan.Zero), plan = "更換電梯主板" });
        await ticket.Do("confirm-plan", "cc-agent-1");
        var plan = await DevOutbox.Received(fixture.Http, phone, s => s.Text.Contains("處理方案", StringComparison.Ordinal), fixture.Clock);
        Assert.Equal($"工單{number}：處理方案已確認，預計2027年1月15日 01:00前完成。", plan.Text);

        await ticket.Do("resolve", "north-head", new { note = "已更換主板，電梯恢復運行" });
        var resolved = await DevOutbox.Received(fixture.Http, phone, s => s.Text.Contains("處理完成", StringComparison.Ordinal), fixture.Clock);
        Assert.Equal($"工單{number}已處理完成：已更換主板，電梯恢復運行", resolved.Text);

        // The call center records what the owner said on the phone; the ticket view shows it.
        var at = fixture.Clock.GetUtcNow();
        await ticket.Do("rate", "cc-agent-1", new { overall = 4, speed = 3, attitude = 5, comment = "修得好，就是慢了點" });
        Assert.Equal(new OwnerRating(4, 3, 5, "修得好，就是慢了點", new Actor("cc-agent-1", "CallCenterAgent"), at), (await ticket.Get()).Rating);
        Assert.Equal(3, (await DevOutbox.To(fixture.Http, phone)).Count);
    }

    private async Task<InboundAnswer> Deliver(string phone, string messageId, string text)
    {
        var response = await fixture.Provider.Post(Url, Webhook.Sms(messageId, phone, text), ChannelsFixture.SmsSecret, fixture.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Answer();
    }
}
