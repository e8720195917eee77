using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>The report facts a ticket's row carries (migration 0027): clock outcomes, resolution times, rating, decision.</summary>
public sealed class TicketReportFactsTests
{
    private static readonly DateTimeOffset T0 = Rows.T0;

    private static Ticket View(TicketKind kind, TicketStatus status, params Clock[] clocks) => new(
        Guid.NewGuid(), kind, "p-harbour", "south", "landscaping", Severity.General, "landscaping/x",
        "LandscapingDept", "花壇需要修整", "門口", "web", status, T0, [.. clocks], 3);

    [Fact]
    public void ClockOutcomes_FromTheLatestClockOfEachKind()
    {
        var view = View(TicketKind.Repair, TicketStatus.InProgress,
            new Clock(ClockKind.Start, T0, T0.AddMinutes(10), T0.AddMinutes(10), null),                 // met exactly at due: on time
            new Clock(ClockKind.Contact, T0, T0.AddHours(1), T0.AddHours(1).AddSeconds(1), null),      // one second late
            new Clock(ClockKind.Plan, T0, T0.AddHours(4), null, T0.AddHours(4)),                       // breach recorded, not met
            new Clock(ClockKind.Resolution, T0, T0.AddDays(1), null, null) { CancelledAt = T0.AddHours(2) },
            new Clock(ClockKind.Resolution, T0.AddHours(2), T0.AddDays(2), null, null),                // the latest: running
            new Clock(ClockKind.OwnerFollowUp, T0, T0.AddDays(1), null, null));

        var facts = TicketReportFacts.From(view);

        Assert.Equal(("met", "late", "breached", "running", (string?)null),
            (facts.ClockStart, facts.ClockContact, facts.ClockPlan, facts.ClockResolution, facts.ClockSuggestionReply));
    }

    [Fact]
    public void ClockOutcome_CancelledAndPaused()
    {
        Assert.Equal("cancelled", ClockOutcome.Of(new Clock(ClockKind.Start, T0, T0.AddMinutes(10), null, T0.AddMinutes(11)) { CancelledAt = T0.AddMinutes(12) }));
        Assert.Equal("running", ClockOutcome.Of(new Clock(ClockKind.Resolution, T0, T0.AddDays(1), null, null) { PausedSince = T0.AddHours(1) }));
        Assert.Null(ClockOutcome.Of(null));
        // The breach was recorded at the due instant and the clock met at that instant afterwards: late, as the ticket counts it.
        Assert.Equal("late", ClockOutcome.Of(new Clock(ClockKind.Start, T0, T0.AddMinutes(10), T0.AddMinutes(10), T0.AddMinutes(10))));
    }

    [Fact]
    public void ClosedSuggestion_CarriesItsTimesRatingAndDecision()
    {
        var view = View(TicketKind.Suggestion, TicketStatus.Closed) with
        {
            ResolvedAt = T0.AddHours(5).ToOffset(TimeSpan.FromHours(8)),
            ClosedAt = T0.AddHours(6),
            Decision = new SuggestionDecision(true, null, "採納", T0.AddHours(5)),
            Rating = new OwnerRating(5, 4, 3, null, new Actor("cc-agent-1", "CallCenterAgent"), T0.AddHours(6)),
        };

        var facts = TicketReportFacts.From(view);

        Assert.Equal(new TicketReportFacts(T0.AddHours(5), T0.AddHours(6), null, null, null, null, null, 5, 4, 3, true), facts);
        Assert.Equal(TimeSpan.Zero, facts!.ResolvedAt!.Value.Offset);
    }

    [Fact]
    public void Reopened_IsNotResolved_AndARepairHasNoDecision()
    {
        var view = View(TicketKind.Repair, TicketStatus.InProgress) with
        {
            ResolvedAt = T0.AddHours(5),
            Decision = new SuggestionDecision(false, "n/a", "n/a", T0),
        };

        // Nothing left to report: not resolved any more, and a repair has no decision.
        Assert.Equal(new TicketReportFacts(null, null, null, null, null, null, null, null, null, null, null), TicketReportFacts.From(view));
    }
}
