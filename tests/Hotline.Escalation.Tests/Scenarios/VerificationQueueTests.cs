using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>
/// Issue 10 item 2 (A11.1.r, A11.2, A11.r, A12): a raised warning stays in the verifiers' queue whatever happens to its
/// subject, until it is verified (and deducts) or dismissed; verification has its own deadline, reminder and overdue notice.
/// </summary>
[Collection(EscalationCollection.Name)]
public sealed class VerificationQueueTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A11_1_r_a_resolved_tickets_unverified_warning_stays_raised_and_verification_still_books_its_deduction()
    {
        var raised = await _warnings.Raise(WarningLevel.Blue);

        await _warnings.Grain(raised.Id).Close("ticket Resolved");

        var waiting = await _warnings.Get(raised.Id);
        Assert.Equal(WarningStatus.Raised, waiting.Status);
        Assert.Equal("ticket Resolved", waiting.SubjectEnded);
        var verified = await _warnings.Verify(raised.Id);
        Assert.Equal(WarningStatus.Closed, verified.Status);
        Assert.Equal(fixture.Clock.GetUtcNow(), verified.VerifiedAt);
        var entry = Assert.Single(await fixture.Ledger.EntriesFor(raised.Id));
        Assert.Equal((PenaltyEntryKind.Deduction, 0.2m, Demo.North), (entry.Kind, entry.Points, entry.BranchId));
        // The ticket is resolved: nobody is asked for a plan, and no answer clock runs.
        Assert.Null(verified.AnswerDueAt);
        Assert.Empty(await _warnings.Inbox(Demo.NorthHead, raised.Id));
    }

    [Fact]
    public async Task A11_1_r_verification_deadline_reminds_the_supervisor_then_tells_them_once_that_it_is_overdue()
    {
        var raised = await _warnings.Raise(WarningLevel.Yellow);
        var due = raised.RaisedAt + TimeSpan.FromDays(1);
        Assert.Equal(due, raised.VerificationDueAt);

        var reminded = await Eventually.Get(() => _warnings.Get(raised.Id), w => w.VerificationRemindedAt is not null, fixture.Clock, TimeSpan.FromMinutes(30));
        Assert.InRange(reminded.VerificationRemindedAt!.Value, due - TimeSpan.FromHours(2), due - TimeSpan.FromTicks(1));
        Assert.Null(reminded.VerificationOverdueSince);
        Assert.Single(await _warnings.Inbox(Demo.Supervisor, raised.Id), i => i.Kind == InboxItemKind.VerificationDueSoon);

        var overdue = await Eventually.Get(() => _warnings.Get(raised.Id), w => w.VerificationOverdueSince is not null, fixture.Clock, TimeSpan.FromMinutes(30));
        Assert.True(overdue.VerificationOverdueSince >= due);
        Assert.Equal(WarningStatus.Raised, overdue.Status);
        await fixture.Host.Ticks.Processed(raised.Id, overdue.VerificationOverdueSince!.Value);
        Assert.Empty(await Reminders.Of(fixture, raised.Id));
        Assert.Single(await _warnings.Inbox(Demo.Supervisor, raised.Id), i => i.Kind == InboxItemKind.VerificationOverdue);
        Assert.Empty(await _warnings.Inbox(Demo.NorthHead, raised.Id));

        // Still verifiable, and still deducts.
        Assert.Equal(WarningStatus.Verified, (await _warnings.Verify(raised.Id)).Status);
        Assert.Single(await fixture.Ledger.EntriesFor(raised.Id));
    }

    [Fact]
    public async Task A11_r_a_half_verified_red_reminds_only_the_verifier_still_to_act()
    {
        var raised = await _warnings.Raise(WarningLevel.Red);
        await _warnings.Verify(raised.Id);

        await Eventually.Get(() => _warnings.Get(raised.Id), w => w.VerificationRemindedAt is not null, fixture.Clock, TimeSpan.FromMinutes(30));

        Assert.Single(await _warnings.Inbox(Demo.QualityHead, raised.Id), i => i.Kind == InboxItemKind.VerificationDueSoon);
        Assert.DoesNotContain(await _warnings.Inbox(Demo.Supervisor, raised.Id), i => i.Kind == InboxItemKind.VerificationDueSoon);
    }

    [Fact]
    public async Task A10_4_an_invalid_complaint_reverses_its_verified_warnings_deduction_with_a_new_entry()
    {
        var verified = await _warnings.RaiseVerified(WarningLevel.Yellow);
        var month = WarningDriver.MonthOf(fixture.Clock.GetUtcNow());
        var before = await _warnings.Scores(month);

        await _warnings.Grain(verified.Id).Invalidate("ticket Invalid");
        await _warnings.Grain(verified.Id).Invalidate("ticket Invalid");

        var entries = await fixture.Ledger.EntriesFor(verified.Id);
        Assert.Equal([(PenaltyEntryKind.Deduction, 0.5m), (PenaltyEntryKind.Reversal, -0.5m)], entries.Select(e => (e.Kind, e.Points)));
        Assert.StartsWith("A10.4", entries[1].Reason);
        var after = await _warnings.Scores(month);
        Assert.Equal(before.QualityDept.Points - 0.5m, after.QualityDept.Points);
        Assert.Equal(before.QualityDept.Yellow - 1, after.QualityDept.Yellow);
        Assert.Equal(WarningStatus.Closed, (await _warnings.Get(verified.Id)).Status);
    }

    [Fact]
    public async Task A10_4_a_warning_of_an_invalid_complaint_verified_later_books_its_deduction_and_its_reversal()
    {
        var raised = await _warnings.Raise(WarningLevel.Blue);
        await _warnings.Grain(raised.Id).Invalidate("ticket Invalid");
        Assert.Equal(WarningStatus.Raised, (await _warnings.Get(raised.Id)).Status);

        await _warnings.Verify(raised.Id);

        var entries = await fixture.Ledger.EntriesFor(raised.Id);
        Assert.Equal([(PenaltyEntryKind.Deduction, 0.2m), (PenaltyEntryKind.Reversal, -0.2m)], entries.Select(e => (e.Kind, e.Points)));
    }

    [Fact]
    public async Task A10_4_a_complaint_found_invalid_through_the_api_reverses_its_red_warnings_deduction()
    {
        var ticket = await fixture.Http.Register(TicketApi.Complaint("業主揚言找電視台：地庫車位被佔"));
        var risk = await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/raise-risk-warning", new { personId = "cc-agent-1", role = "CallCenterAgent", reason = "業主聯繫了電視台" });
        risk.EnsureSuccessStatusCode();
        var warningId = Assert.Single((await fixture.Http.GetTicket(ticket.Id)).Warnings);
        await _warnings.Verify(warningId);
        await _warnings.Verify(warningId, Demo.QualityHead, "QualityDeptHead");
        Assert.Single(await fixture.Ledger.EntriesFor(warningId));

        (await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/file-statement", new { personId = Demo.SunriseManager, role = "ProjectManager", reason = "車位糾紛屬業主之間的民事問題" })).EnsureSuccessStatusCode();
        (await fixture.Http.PostAsJsonAsync($"/api/tickets/{ticket.Id}/review-statement", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", accepted = true, note = "同意" })).EnsureSuccessStatusCode();

        Assert.Equal("Invalid", (await fixture.Http.GetTicket(ticket.Id)).Status.ToString());
        var entries = await Eventually.Get(() => fixture.Ledger.EntriesFor(warningId), e => e.Count == 2);
        Assert.Equal([1.0m, -1.0m], entries.Select(e => e.Points));
        Assert.Equal(PenaltyEntryKind.Reversal, entries[1].Kind);
    }
}
