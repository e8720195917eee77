using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;
using Hotline.Tickets.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.Tickets.Tests.Sla.SlaTime;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>
/// A9.1 / A10.1.3 as the shipped policy enforces them: the due times a ticket gets from config/sla-policy.json, worked
/// out by hand from the liaisons' 08:00–20:00 duty window (not a re-reading of the file's values).
/// </summary>
public sealed class ShippedDutyWindowTests
{
    private static readonly IClockRules Shipped = Rules();

    [Fact]
    public void A9_1_and_A10_1_3_1_complaint_dispatched_at_22_00_must_be_started_by_08_10_next_morning()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 10), Shipped.DueAt(ClockKind.Start, Severity.General, InShanghai(2025, 6, 10, 22, 0)));
    }

    [Fact]
    public void A9_1_and_A10_1_3_1_complaint_dispatched_at_19_55_keeps_five_minutes_for_the_next_morning()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 5), Shipped.DueAt(ClockKind.Start, Severity.General, InShanghai(2025, 6, 10, 19, 55)));
    }

    [Fact]
    public void A10_1_3_2_contact_started_at_19_30_is_due_08_30_next_morning()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 30), Shipped.DueAt(ClockKind.Contact, Severity.General, InShanghai(2025, 6, 10, 19, 30)));
    }

    [Fact]
    public void A10_3_serious_plan_runs_on_calendar_time_through_the_night()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 22, 0), Shipped.DueAt(ClockKind.Plan, Severity.Serious, InShanghai(2025, 6, 10, 22, 0)));
    }

    private static IClockRules Rules()
    {
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepoPaths.Root, "config", "sla-policy.json")).Build();
        var policy = new ServiceCollection().AddSingleton(Shanghai).AddSlaPolicy(shipped).BuildServiceProvider().GetRequiredService<SlaPolicy>();
        return new LimitsClockRules(policy.Resolve(TicketKind.Complaint, "other", Severity.General, "p-sunrise"));
    }
}
