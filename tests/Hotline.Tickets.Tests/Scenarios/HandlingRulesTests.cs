using System.Net;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Scenarios;

[Collection(TicketsCollection.Name)]
public sealed class HandlingRulesTests(AroundTheClockFixture fixture)
{
    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task A10_4_accepted_statement_makes_an_invalid_complaint_that_raises_nothing_more()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "要求物業賠償我家被偷的財物");
        await ticket.Do("start");
        await (await ticket.Send("file-statement")).AssertInvalid("reason");
        var filed = await ticket.Do("file-statement", new { reason = "失竊屬公安處理範圍，非物業責任", role = "ProjectManager" });
        Assert.True(filed.Statement!.Pending);

        var invalid = await ticket.Do("review-statement", new { accepted = true, note = "同意", role = "CallCenterSupervisor", personId = "cc-supervisor" });

        Assert.Equal(TicketStatus.Invalid, invalid.Status);
        Assert.DoesNotContain(invalid.Clocks, c => c.IsPending);
        fixture.Clock.Advance(TimeSpan.FromHours(3));
        // Past every limit the ticket had: its due tick (if it still has a reminder) has been processed.
        await ReminderRows.Settled(fixture, ticket.Id);
        Assert.DoesNotContain((await ticket.Get()).Clocks, c => c.BreachRecordedAt is not null && c.BreachRecordedAt > invalid.Clocks.Max(x => x.CancelledAt));
    }

    [Fact]
    public async Task A10_4_rejected_statement_returns_to_handling_with_clocks_unchanged()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        var started = await ticket.Do("start");
        await ticket.Do("file-statement", new { reason = "業主要求不合理" });

        var rejected = await ticket.Do("review-statement", new { accepted = false, note = "屬物業責任" });

        Assert.Equal(TicketStatus.Started, rejected.Status);
        Assert.False(rejected.Statement!.Accepted);
        Assert.Equal(started.Clocks.Single(c => c.Kind == ClockKind.Contact).DueAt, rejected.Clocks.Single(c => c.Kind == ClockKind.Contact).DueAt);
        Assert.True(rejected.Clocks.Single(c => c.Kind == ClockKind.Contact).IsOpen);
    }

    [Fact]
    public async Task A10_4_statement_after_two_days_from_dispatch_is_refused()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        fixture.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));

        var late = await ticket.Send("file-statement", new { reason = "非物業責任" });

        var problem = await late.AssertConflict("Dispatched");
        Assert.DoesNotContain("file-statement", problem.GetProperty("allowedCommands").EnumerateArray().Select(e => e.GetString()));
        // The state would take a statement; its two days are over: the code says so, for clients to word it (issue 13).
        Assert.Equal("WindowClosed", problem.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A10_2_3_suggestion_is_decided_with_a_reply_and_a_reason_when_not_adopted()
    {
        var ticket = await TicketClient.Register(fixture.Http, kind: "Suggestion", text: "建議在小區增設充電樁");
        var registered = await ticket.Get();
        Assert.Equal(TimeSpan.FromDays(2), registered.Clocks.Single(c => c.Kind == ClockKind.SuggestionReply).DueAt - registered.RegisteredAt);
        var started = await (await ticket.Send("start")).AssertConflict("Dispatched");
        Assert.Equal("StateDoesNotAllow", started.GetProperty("reason").GetString()); // a suggestion is decided, never started

        await (await ticket.Send("decide", new { adopted = false, note = "感謝建議" })).AssertInvalid("reason");
        await (await ticket.Send("decide", new { adopted = false, reason = "電力容量不足" })).AssertInvalid("note");
        var decided = await ticket.Do("decide", new { adopted = false, reason = "電力容量不足", note = "感謝建議，因電力容量不足暫不增設" });

        Assert.Equal(TicketStatus.Resolved, decided.Status);
        Assert.False(decided.Decision!.Adopted);
        Assert.Equal("電力容量不足", decided.Decision.Reason);
        Assert.NotNull(decided.Clocks.Single().MetAt);
        Assert.Equal(TicketStatus.Closed, (await ticket.Do("close")).Status);
    }

    [Fact]
    public async Task A10_2_3_undecided_suggestion_breaches_its_two_day_reply_clock()
    {
        var ticket = await TicketClient.Register(fixture.Http, kind: "Suggestion", text: "建議增加兒童遊樂設施");

        var breached = await Eventually.Get(ticket.Get, t => t.Clocks.Single().Breached, fixture.Clock, TimeSpan.FromHours(2));

        Assert.Equal(ClockKind.SuggestionReply, breached.Clocks.Single().Kind);
    }

    [Fact]
    public async Task WaitForOwner_PausesTheResolutionClock_AndResumeMovesItsDeadlineByThePause()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");
        await ticket.Contact();
        var promised = Now.AddDays(2);
        await ticket.ReportPlan(promised);

        var waiting = await ticket.Do("wait-for-owner", new { reason = "業主電話無人接聽", attempts = 3, followUpAt = Now.AddDays(1) });
        Assert.NotNull(waiting.Clocks.Single(c => c.Kind == ClockKind.Resolution).PausedSince);
        Assert.Equal(3, waiting.WaitingOnOwner!.ContactAttempts);
        await (await ticket.Send("resolve", new { note = "x" })).AssertConflict("InProgress");

        fixture.Clock.Advance(TimeSpan.FromHours(6));
        var resumed = await ticket.Do("resume");

        var resolution = resumed.Clocks.Single(c => c.Kind == ClockKind.Resolution && c.IsOpen);
        Assert.Equal(promised + TimeSpan.FromHours(6), resolution.DueAt);
        Assert.Equal(TimeSpan.FromHours(6), resolution.PausedTotal);
        var actions = (await ticket.Timeline()).GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Contains("wait-for-owner", actions);
        Assert.Contains("resume", actions);
    }

    [Fact]
    public async Task Transfer_RedispatchesToAnotherProject_WithANewStartClockAndTheHistoryKept()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");
        await (await ticket.Send("transfer", new { projectId = "no-such-project" })).AssertInvalid("projectId");

        var moved = await ticket.Do("transfer", new { projectId = "p-harbour", role = "CallCenterAgent", note = "地址登記錯誤" });

        Assert.Equal(("p-harbour", "south", TicketStatus.Dispatched), (moved.ProjectId, moved.BranchId, moved.Status));
        Assert.Single(moved.Clocks, c => c.IsPending);
        Assert.Equal(ClockKind.Start, moved.Clocks.Single(c => c.IsPending).Kind);
        var timeline = (await ticket.Timeline()).GetProperty("entries").EnumerateArray().ToList();
        var notes = timeline.Select(e => e.GetProperty("note").ValueKind == System.Text.Json.JsonValueKind.String ? e.GetProperty("note").GetString()! : "").ToList();
        Assert.Contains(notes, n => n.Contains("dispatched to p-sunrise"));
        Assert.Contains(notes, n => n.Contains("to project p-harbour"));
    }

    [Fact]
    public async Task CorrectCategory_ChangesCategoryDepartmentAndIssueKey()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "5號樓門口很髒");

        var corrected = await ticket.Do("correct-category", new { category = "security", role = "CallCenterAgent" });

        Assert.Equal(("security", "SecurityDept"), (corrected.Category, corrected.ResponsibleDepartment));
        Assert.StartsWith("security/", corrected.IssueKey);
        await (await ticket.Send("correct-category", new { category = "plumbing" })).AssertInvalid("category");
    }

    [Fact]
    public async Task Severity_CanBeRaisedButNeverLowered()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "走廊燈不亮", severity: "General");

        await (await ticket.Send("raise-severity", new { severity = "General" })).AssertInvalid("severity");
        Assert.Equal(Severity.Serious, (await ticket.Do("raise-severity", new { severity = "Serious" })).Severity);
        await (await ticket.Send("raise-severity", new { severity = "General" })).AssertConflict("Dispatched");
    }

    [Fact]
    public async Task IllegalCommand_Returns409WithTheStateAndTheCommandsAllowedNow()
    {
        var ticket = await TicketClient.Register(fixture.Http);

        var problem = await (await ticket.Send("resolve", new { note = "x" })).AssertConflict("Dispatched");

        var allowed = problem.GetProperty("allowedCommands").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("start", allowed);
        Assert.DoesNotContain("resolve", allowed);
        await (await ticket.Send("teleport")).AssertInvalid("command");
    }

    [Fact]
    public async Task SameRequestTwice_HasOneEffect()
    {
        var ticket = await TicketClient.Register(fixture.Http);

        var first = await ticket.Do("start", new { requestId = "start-once" });
        var again = await ticket.Do("start", new { requestId = "start-once" });

        Assert.Equal(first.Version, again.Version);
        var starts = (await ticket.Timeline()).GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("action").GetString() == "start");
        Assert.Equal(1, starts);
    }

    [Fact]
    public async Task ConflictingCommandsAtOnce_ExactlyOneWins()
    {
        var ticket = await TicketClient.Register(fixture.Http);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => ticket.Send("start", new { requestId = $"racer-{i}" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Timeline_ListsWhoDidWhatAndEveryClock()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");

        var timeline = await ticket.Timeline();

        var entries = timeline.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["register", "start"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("cc-agent-1", entries[0].GetProperty("actor").GetProperty("personId").GetString());
        Assert.Equal("ProjectLiaison", entries[1].GetProperty("actor").GetProperty("role").GetString());
        var clocks = timeline.GetProperty("clocks").EnumerateArray().ToList();
        Assert.Equal(2, clocks.Count);
        Assert.All(clocks, c => Assert.True(c.TryGetProperty("dueAt", out _) && c.TryGetProperty("startedAt", out _) && c.TryGetProperty("metAt", out _)));
        Assert.All(clocks, c => Assert.True(c.TryGetProperty("breached", out _) && c.TryGetProperty("breachDuration", out _)));
    }
}
