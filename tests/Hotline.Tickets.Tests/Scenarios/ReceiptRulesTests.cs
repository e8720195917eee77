using System.Net;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Scenarios;

/// <summary>What happens on receipt: the liaison classifies and decides (A10.1.1, A10.2.1, A10.2.3), severity is never lowered silently, a transfer keeps the dispatch time.</summary>
[Collection(TicketsCollection.Name)]
public sealed class ReceiptRulesTests(AroundTheClockFixture fixture)
{
    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task A10_1_1_the_liaison_corrects_a_complaints_category_on_receipt()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "想問問今年的活動安排");

        var corrected = await ticket.Do("correct-category", new { personId = "sunrise-liaison", category = "customer-service" });

        Assert.Equal("customer-service", corrected.Category);
        Assert.Equal("sunrise-liaison", corrected.CategoryClassifiedBy);
    }

    [Fact]
    public async Task A10_1_1_the_liaison_confirms_the_suggested_category_once()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "樓道垃圾沒人清");
        Assert.Null((await ticket.Get()).CategoryClassifiedAt);

        var confirmed = await ticket.Do("confirm-category", new { personId = "sunrise-liaison" });

        Assert.Equal(("cleaning", "sunrise-liaison", Now), (confirmed.Category, confirmed.CategoryClassifiedBy, confirmed.CategoryClassifiedAt));
        await (await ticket.Send("confirm-category", new { personId = "sunrise-liaison" })).AssertConflict("Dispatched");
    }

    [Fact]
    public async Task A10_2_1_A10_2_3_the_liaison_classifies_and_decides_a_suggestion()
    {
        var ticket = await TicketClient.Register(fixture.Http, kind: "Suggestion", text: "建議舉辦業主聯誼活動");

        await ticket.Do("correct-category", new { personId = "sunrise-liaison", category = "customer-service" });
        var decided = await ticket.Do("decide", new { personId = "sunrise-liaison", adopted = true, note = "感謝建議，下月舉辦" });

        Assert.Equal(TicketStatus.Resolved, decided.Status);
        Assert.True(decided.Decision!.Adopted);
        // Another project's liaison still may not.
        var other = await TicketClient.Register(fixture.Http, kind: "Suggestion", text: "建議增加垃圾分類桶");
        // Another project's liaison: outside their scope, answered as if the ticket did not exist (issue 10: refusals that leak).
        Assert.Equal(HttpStatusCode.NotFound, (await other.Send("decide", new { personId = "harbour-liaison", adopted = true, note = "好" })).StatusCode);
    }

    [Fact]
    public async Task A10_3_general_chosen_over_a_serious_suggestion_is_recorded_with_who_chose_it()
    {
        var lowered = await TicketClient.Register(fixture.Http, text: "3號樓電梯關人了", severity: "General");
        var kept = await TicketClient.Register(fixture.Http, text: "3號樓電梯關人了");

        var ticket = await lowered.Get();
        Assert.Equal((Severity.General, Severity.Serious), (ticket.Severity, ticket.SuggestedSeverity));
        var entry = (await lowered.Timeline()).GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "severity");
        Assert.Equal("cc-agent-1", entry.GetProperty("actor").GetProperty("personId").GetString());
        Assert.Contains("serious", entry.GetProperty("note").GetString());
        Assert.DoesNotContain((await kept.Timeline()).GetProperty("entries").EnumerateArray(), e => e.GetProperty("action").GetString() == "severity");
    }

    [Fact]
    public async Task A10_4_a_transfer_keeps_the_dispatch_time_and_does_not_reopen_the_statement_window()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "19號樓車位被佔");
        var dispatchedAt = Now;
        fixture.Clock.Advance(TimeSpan.FromDays(1.5));

        var transferred = await ticket.Do("transfer", new { projectId = "p-harbour" });
        Assert.Equal(dispatchedAt, transferred.DispatchedAt);
        fixture.Clock.Advance(TimeSpan.FromDays(0.5) + TimeSpan.FromMinutes(1));

        // Two days and a minute after the first dispatch: the window is closed, however recent the transfer.
        var late = await ticket.Send("file-statement", new { personId = "harbour-manager", reason = "非物業責任" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }
}
