using Hotline.Tickets.Sla;
using Microsoft.Extensions.Options;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>A bad policy stops the start with a message naming its configuration key.</summary>
public sealed class SlaPolicyValidationTests
{
    [Theory]
    [InlineData("Hotline:Sla:Overrides:0:Kind", "Overrides:0:Kind=Complain")]
    [InlineData("Hotline:Sla:Overrides:0:Kind", "Overrides:0:Kind=3")]
    [InlineData("Hotline:Sla:Overrides:0:Kind", "Overrides:0:Kind=Complaint, Repair")]
    [InlineData("Hotline:Sla:Overrides:0:Severity", "Overrides:0:Severity=Critical")]
    [InlineData("Hotline:Sla:Overrides:0:Category", "Overrides:0:Kind=Repair", "Overrides:0:Category= ")]
    [InlineData("Hotline:Sla:Overrides:0:ProjectId", "Overrides:0:ProjectId=")]
    [InlineData("Hotline:Sla:Overrides:0:Limits:PlanGeneral:Duration", "Overrides:0:Kind=Repair", "Overrides:0:Limits:PlanGeneral:Duration=00:00:00")]
    [InlineData("Hotline:Sla:Overrides:0:Limits:CallbackAttempts", "Overrides:0:Kind=Repair", "Overrides:0:Limits:CallbackAttempts=0")]
    [InlineData("Hotline:Sla:Overrides:0:DutyWindow:End", "Overrides:0:ProjectId=p-harbour", "Overrides:0:DutyWindow:Start=08:00", "Overrides:0:DutyWindow:End=25:00")]
    [InlineData("Hotline:Sla:Overrides:0:ExtraHolidays:1", "Overrides:0:ProjectId=p-harbour", "Overrides:0:ExtraHolidays:0=2025-10-01", "Overrides:0:ExtraHolidays:1=2025-10-32")]
    [InlineData("Hotline:Sla:Limits:Start:Duration", "Limits:Start:Duration=00:00:00")]
    [InlineData("Hotline:Sla:Limits:Contact:Duration", "Limits:Contact:Duration=-01:00:00")]
    [InlineData("Hotline:Sla:Limits:ReopenWindow:Duration", "Limits:ReopenWindow:Duration=400.00:00:00")]
    [InlineData("Hotline:Sla:Limits:CallbackAttempts", "Limits:CallbackAttempts=0")]
    [InlineData("Hotline:Sla:DutyWindow:Start", "DutyWindow:Start=8am")]
    [InlineData("Hotline:Sla:DutyWindow:Start", "DutyWindow:Start=24:00")]
    [InlineData("Hotline:Sla:DutyWindow:End", "DutyWindow:End=07:00")]
    [InlineData("Hotline:Sla:DutyWindow:End", "DutyWindow:Start=20:00", "DutyWindow:End=00:00:01")]
    [InlineData("Hotline:Sla:Holidays:0", "Holidays:0=10/01/2025")]
    [InlineData("Hotline:Sla:Holidays:1", "Holidays:0=2025-10-01", "Holidays:1=2025-13-01")]
    public void AddSlaPolicy_BadValue_NamesItsKey(string key, params string[] settings)
    {
        var problem = Assert.Throws<OptionsValidationException>(() => SlaPolicies.From(settings));

        Assert.Contains(problem.Failures, failure => failure.StartsWith($"{key}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void AddSlaPolicy_UnreadableDuration_BinderNamesItsKey()
    {
        var problem = Assert.Throws<OptionsValidationException>(() => SlaPolicies.From("Limits:Start:Duration=ten minutes"));

        Assert.Contains("Hotline:Sla:Limits:Start:Duration", problem.Message);
    }

    [Theory]
    [InlineData("Hotline:Sla:StartLimit", "StartLimit=00:10:00")]
    [InlineData("Hotline:Sla:Limits:Start:Minutes", "Limits:Start:Minutes=10")]
    [InlineData("Hotline:Sla:Overrides:1:Catgory", "Overrides:0:Kind=Repair", "Overrides:1:Kind=Complaint", "Overrides:1:Catgory=cleaning")]
    [InlineData("Hotline:Sla:Overrides:0:Limits:Contact:Duraton", "Overrides:0:Kind=Repair", "Overrides:0:Limits:Contact:Duraton=00:30:00")]
    [InlineData("Hotline:Sla:Overrides:0:DutyWindow:Open", "Overrides:0:ProjectId=p-harbour", "Overrides:0:DutyWindow:Open=07:00")]
    public void AddSlaPolicy_UnknownKey_NamedInsteadOfIgnored(string key, params string[] settings)
    {
        var problem = Assert.Throws<OptionsValidationException>(() => SlaPolicies.From(settings));

        Assert.Contains(problem.Failures, failure => failure.StartsWith($"{key}: unknown key", StringComparison.Ordinal));
    }

    [Fact]
    public void AddSlaPolicy_OverrideMatchingEverything_Refused()
    {
        var problem = Assert.Throws<OptionsValidationException>(() => SlaPolicies.From("Overrides:0:Limits:Start:Duration=00:05:00"));

        Assert.Contains(problem.Failures, failure => failure.StartsWith("Hotline:Sla:Overrides:0: ", StringComparison.Ordinal));
    }

    [Fact]
    public void AddSlaPolicy_TwoOverridesWithTheSameKeys_SecondRefused()
    {
        var problem = Assert.Throws<OptionsValidationException>(() => SlaPolicies.From(
            "Overrides:0:Kind=Repair", "Overrides:0:Category=engineering",
            "Overrides:1:Kind=repair", "Overrides:1:Category=Engineering", "Overrides:1:Limits:Start:Duration=00:05:00"));

        Assert.Contains(problem.Failures, failure => failure.StartsWith("Hotline:Sla:Overrides:1: ", StringComparison.Ordinal) && failure.Contains("Overrides:0"));
    }

    [Fact]
    public void AddSlaPolicy_SeveralProblems_EachReported()
    {
        var problem = Assert.Throws<OptionsValidationException>(() => SlaPolicies.From("Overrides:0:Kind=Complain", "Overrides:0:Severity=Critical", "Holidays:0=soon"));

        Assert.Equal(3, problem.Failures.Count());
    }

    [Theory]
    [InlineData("00:00", "24:00")]
    [InlineData("00:00", "00:00")]
    [InlineData("07:30", "22:15:30")]
    public void AddSlaPolicy_ValidWindow_Accepted(string start, string end)
    {
        var policy = SlaPolicies.From($"DutyWindow:Start={start}", $"DutyWindow:End={end}");

        Assert.Equal(TimeOnly.Parse(start), policy.Defaults.Schedule.DutyStart);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        var options = new SlaPolicyOptions { Overrides = [new() { Kind = "Complain" }] };

        Assert.Throws<OptionsValidationException>(() => new SlaPolicy(options, SlaTime.Shanghai));
    }
}
