using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;
using static Hotline.Tickets.Tests.Sla.SlaTime;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>Which override wins: project, then category, then severity, then kind; per value, unset values fall through.</summary>
public sealed class SlaPolicyPrecedenceTests
{
    [Fact]
    public void Resolve_KindOverride_AppliesOnlyToThatKind()
    {
        var policy = SlaPolicies.From("Overrides:0:Kind=Repair", "Overrides:0:Limits:Start:Duration=00:05:00");

        Assert.Equal(Minutes(5), policy.Resolve(TicketKind.Repair, "engineering", Severity.General, "p-sunrise").Start.Duration);
        Assert.Equal(Minutes(10), policy.Resolve(TicketKind.Complaint, "engineering", Severity.General, "p-sunrise").Start.Duration);
    }

    [Fact]
    public void Resolve_CategoryAgainstSeverityAndKindTogether_CategoryWins()
    {
        var policy = SlaPolicies.From(
            "Overrides:0:Kind=Complaint", "Overrides:0:Severity=Serious", "Overrides:0:Limits:Start:Duration=00:03:00",
            "Overrides:1:Category=engineering", "Overrides:1:Limits:Start:Duration=00:07:00");

        Assert.Equal(Minutes(7), policy.Resolve(TicketKind.Complaint, "engineering", Severity.Serious, "p-sunrise").Start.Duration);
        Assert.Equal(Minutes(3), policy.Resolve(TicketKind.Complaint, "cleaning", Severity.Serious, "p-sunrise").Start.Duration);
    }

    [Fact]
    public void Resolve_SeverityAgainstKind_SeverityWins()
    {
        var policy = SlaPolicies.From(
            "Overrides:0:Severity=Serious", "Overrides:0:Limits:Contact:Duration=00:30:00",
            "Overrides:1:Kind=Repair", "Overrides:1:Limits:Contact:Duration=02:00:00");

        Assert.Equal(Minutes(30), policy.Resolve(TicketKind.Repair, "engineering", Severity.Serious, "p-sunrise").Contact.Duration);
        Assert.Equal(Hours(2), policy.Resolve(TicketKind.Repair, "engineering", Severity.General, "p-sunrise").Contact.Duration);
    }

    [Fact]
    public void Resolve_ProjectAgainstCategorySeverityAndKindTogether_ProjectWins()
    {
        var policy = SlaPolicies.From(
            "Overrides:0:Kind=Complaint", "Overrides:0:Category=engineering", "Overrides:0:Severity=General", "Overrides:0:Limits:Start:Duration=00:03:00",
            "Overrides:1:ProjectId=p-harbour", "Overrides:1:Limits:Start:Duration=00:15:00");

        Assert.Equal(Minutes(15), policy.Resolve(TicketKind.Complaint, "engineering", Severity.General, "p-harbour").Start.Duration);
        Assert.Equal(Minutes(3), policy.Resolve(TicketKind.Complaint, "engineering", Severity.General, "p-sunrise").Start.Duration);
    }

    [Fact]
    public void Resolve_ProjectAndCategoryAgainstProjectAlone_MoreKeysWin()
    {
        var policy = SlaPolicies.From(
            "Overrides:0:ProjectId=p-harbour", "Overrides:0:Limits:PlanGeneral:Duration=06:00:00",
            "Overrides:1:ProjectId=p-harbour", "Overrides:1:Category=cleaning", "Overrides:1:Limits:PlanGeneral:Duration=02:00:00");

        Assert.Equal(Hours(2), policy.Resolve(TicketKind.Complaint, "cleaning", Severity.General, "p-harbour").PlanGeneral.Duration);
        Assert.Equal(Hours(6), policy.Resolve(TicketKind.Complaint, "security", Severity.General, "p-harbour").PlanGeneral.Duration);
    }

    [Fact]
    public void Resolve_ValuesNotSetByTheWinner_FallThroughToLessSpecificOverrides()
    {
        var policy = SlaPolicies.From(
            "Overrides:0:Category=engineering", "Overrides:0:Limits:Contact:Duration=00:45:00", "Overrides:0:Limits:Start:Duration=00:08:00",
            "Overrides:1:ProjectId=p-harbour", "Overrides:1:Limits:Start:Duration=00:15:00");

        var limits = policy.Resolve(TicketKind.Complaint, "engineering", Severity.General, "p-harbour");

        Assert.Equal(Minutes(15), limits.Start.Duration);
        Assert.Equal(Minutes(45), limits.Contact.Duration);
        Assert.Equal(Hours(4), limits.PlanGeneral.Duration);
    }

    [Fact]
    public void Resolve_OverrideGivingOnlyDuration_KeepsHowTheLimitCounts()
    {
        var policy = SlaPolicies.From("Overrides:0:Kind=Complaint", "Overrides:0:Limits:Start:Duration=00:05:00", "Overrides:0:Limits:PlanSerious:DutyTimeOnly=true");

        var limits = policy.Resolve(TicketKind.Complaint, "other", Severity.Serious, "p-sunrise");

        Assert.Equal(LimitSpec.OfDutyTime(Minutes(5)), limits.Start);
        Assert.Equal(LimitSpec.OfDutyTime(TimeSpan.FromDays(1)), limits.PlanSerious);
    }

    [Fact]
    public void Resolve_ProjectDutyWindowAndExtraHolidays_ReplaceWindowAndAddToHolidays()
    {
        var policy = SlaPolicies.From(
            "Holidays:0=2025-10-01",
            "Overrides:0:ProjectId=p-harbour", "Overrides:0:DutyWindow:Start=07:00", "Overrides:0:DutyWindow:End=24:00",
            "Overrides:0:ExtraHolidays:0=2025-10-02", "Overrides:0:ExtraHolidays:1=2025-10-01",
            "Overrides:1:Category=cleaning", "Overrides:1:ExtraHolidays:0=2025-09-30");

        var harbour = policy.Resolve(TicketKind.Complaint, "cleaning", Severity.General, "p-harbour").Schedule;
        var sunrise = policy.Resolve(TicketKind.Complaint, "security", Severity.General, "p-sunrise").Schedule;

        Assert.Equal(new DutySchedule("Asia/Shanghai", new(7, 0), TimeOnly.MinValue, [new(2025, 9, 30), new(2025, 10, 1), new(2025, 10, 2)]), harbour);
        Assert.Equal(new DutySchedule("Asia/Shanghai", new(8, 0), new(20, 0), [new(2025, 10, 1)]), sunrise);
    }

    [Fact]
    public void Resolve_CategoryCode_MatchedIgnoringCase()
    {
        var policy = SlaPolicies.From("Overrides:0:Category=Engineering", "Overrides:0:Limits:CallbackAttempts=5");

        Assert.Equal(5, policy.Resolve(TicketKind.Repair, "engineering", Severity.General, "p-sunrise").CallbackAttempts);
    }

    [Fact]
    public void Resolve_OverridesInAnyOrder_SameLimits()
    {
        string[] project = ["ProjectId=p-harbour", "Limits:Start:Duration=00:15:00"];
        string[] category = ["Category=engineering", "Limits:Start:Duration=00:07:00", "Limits:Contact:Duration=00:20:00"];
        var forward = SlaPolicies.From([.. project.Select(s => $"Overrides:0:{s}"), .. category.Select(s => $"Overrides:1:{s}")]);
        var backward = SlaPolicies.From([.. category.Select(s => $"Overrides:0:{s}"), .. project.Select(s => $"Overrides:1:{s}")]);

        Assert.Equal(
            forward.Resolve(TicketKind.Complaint, "engineering", Severity.General, "p-harbour"),
            backward.Resolve(TicketKind.Complaint, "engineering", Severity.General, "p-harbour"));
    }

    [Fact]
    public void Resolve_EveryLimitOverridden_EachTakesItsOwnValue()
    {
        string[] names = ["Start", "Contact", "PlanGeneral", "PlanSerious", "SuggestionReply", "NonResponsibilityStatement", "ReopenWindow"];
        var policy = SlaPolicies.From(
        [
            "Overrides:0:Kind=Suggestion", "Overrides:0:Limits:CallbackAttempts=9",
            .. names.Select((name, i) => $"Overrides:0:Limits:{name}:Duration=0{i + 1}:00:00"),
        ]);

        var limits = policy.Resolve(TicketKind.Suggestion, "other", Severity.General, "p-sunrise");

        LimitSpec[] resolved = [limits.Start, limits.Contact, limits.PlanGeneral, limits.PlanSerious, limits.SuggestionReply, limits.NonResponsibilityStatement, limits.ReopenWindow];
        Assert.Equal(Enumerable.Range(1, names.Length).Select(i => Hours(i)), resolved.Select(limit => limit.Duration));
        Assert.Equal(9, limits.CallbackAttempts);
    }
}
