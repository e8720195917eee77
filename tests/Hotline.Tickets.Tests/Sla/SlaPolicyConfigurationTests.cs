using System.Text.Json;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;
using Hotline.Tickets.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using static Hotline.Tickets.Tests.Sla.SlaTime;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>The shipped config/sla-policy.json, the registration, and the limits a ticket stores.</summary>
public sealed class SlaPolicyConfigurationTests
{
    private static readonly TicketLimits Regulation = new(
        Start: LimitSpec.OfDutyTime(Minutes(10)),
        Contact: LimitSpec.OfDutyTime(Hours(1)),
        PlanGeneral: LimitSpec.OfDutyTime(Hours(4)),
        PlanSerious: LimitSpec.OfCalendarTime(TimeSpan.FromDays(1)),
        SuggestionReply: LimitSpec.OfCalendarTime(TimeSpan.FromDays(2)),
        NonResponsibilityStatement: LimitSpec.OfCalendarTime(TimeSpan.FromDays(2)),
        ReopenWindow: LimitSpec.OfCalendarTime(TimeSpan.FromDays(7)),
        CallbackAttempts: 3,
        Schedule: new DutySchedule("Asia/Shanghai", new(8, 0), new(20, 0), []));

    [Fact]
    public void A13_2_shipped_policy_file_holds_the_regulation_defaults()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "config", "sla-policy.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(file, optional: false).Build();
        var policy = new ServiceCollection().AddSingleton(Shanghai).AddSlaPolicy(configuration).BuildServiceProvider().GetRequiredService<SlaPolicy>();

        Assert.Equal(Regulation, policy.Resolve(TicketKind.Complaint, "landscaping", Severity.General, "p-sunrise"));
    }

    [Fact]
    public void A13_2_policy_without_configuration_uses_the_regulation_defaults()
    {
        Assert.Equal(Regulation, SlaPolicies.From().Defaults);
    }

    /// <summary>
    /// The plan clock a ticket starts at 18:00 under the regulation's default policy: general, 4 hours of duty time
    /// (2 h until 20:00, 2 h from 08:00) is due 10:00 next day; serious, 1 calendar day, is due 18:00 next day.
    /// </summary>
    [Fact]
    public void A10_3_plan_limit_follows_severity()
    {
        var policy = SlaPolicies.From();
        DateTimeOffset PlanDue(Severity severity) =>
            new LimitsClockRules(policy.Resolve(TicketKind.Complaint, "engineering", severity, "p-sunrise")).DueAt(ClockKind.Plan, severity, InShanghai(2025, 6, 10, 18, 0));

        Assert.Equal(InShanghai(2025, 6, 11, 10, 0), PlanDue(Severity.General));
        Assert.Equal(InShanghai(2025, 6, 11, 18, 0), PlanDue(Severity.Serious));
    }

    [Fact]
    public void AddSlaPolicy_BusinessTimeZoneFromContainer_CarriedInSchedule()
    {
        var policy = new ServiceCollection().AddSingleton(Berlin).AddSlaPolicy(SlaPolicies.Configuration()).BuildServiceProvider().GetRequiredService<SlaPolicy>();

        Assert.Equal("Europe/Berlin", policy.Defaults.Schedule.TimeZoneId);
    }

    [Fact]
    public void TicketLimits_OrleansRoundTrip_EqualLimits()
    {
        var limits = Regulation with { Schedule = Regulation.Schedule with { Holidays = [new(2025, 10, 1), new(2025, 10, 2)] } };
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

        Assert.Equal(limits, serializer.Deserialize<TicketLimits>(serializer.SerializeToArray(limits)));
    }

    [Fact]
    public void TicketLimits_ApiJsonRoundTrip_EqualLimits()
    {
        var limits = Regulation with { Schedule = Regulation.Schedule with { Holidays = [new(2025, 10, 1)] } };

        Assert.Equal(limits, JsonSerializer.Deserialize<TicketLimits>(JsonSerializer.Serialize(limits, TicketApi.Json), TicketApi.Json));
    }
}
