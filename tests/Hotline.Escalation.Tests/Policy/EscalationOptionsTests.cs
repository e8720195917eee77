using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Escalation.Tests.Policy;

/// <summary>A13.2: every A11/A12 number is configuration (Hotline:Escalation), checked at start with the key named.</summary>
public sealed class EscalationOptionsTests
{
    [Fact]
    public void A13_2_the_shipped_policy_holds_the_regulation_defaults()
    {
        var policy = Policy(new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "config", "escalation-policy.json")).Build());

        Assert.Equal([(WarningLevel.Blue, TimeSpan.FromDays(3)), (WarningLevel.Yellow, TimeSpan.FromDays(7)), (WarningLevel.Red, TimeSpan.FromDays(15))], policy.OverdueThresholds);
        Assert.Equal((TimeSpan.FromDays(30), TimeSpan.FromDays(30), 5m), (policy.RepeatComplaintWindow, policy.SameIssueWindow, policy.SameIssueThresholdPercent));
        var options = Options(new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "config", "escalation-policy.json")).Build());
        Assert.Equal((0.2m, 0.5m, 1.0m, TimeSpan.FromDays(1)), (options.BluePoints, options.YellowPoints, options.RedPoints, options.AnswerLimit));
    }

    [Fact]
    public void A13_2_the_same_issue_counters_read_the_configured_numbers_of_the_one_policy()
    {
        var services = Services(Settings(("SameIssueThresholdPercent", "4.5"), ("SameIssueWindow", "20.00:00:00"), ("RepeatComplaintWindow", "10.00:00:00")));

        var counters = services.GetRequiredService<Hotline.Organization.Contracts.ISameIssuePolicy>();

        Assert.Same(services.GetRequiredService<IEscalationPolicy>(), counters);
        Assert.Equal((TimeSpan.FromDays(10), TimeSpan.FromDays(20), 4.5m), (counters.RepeatComplaintWindow, counters.SameIssueWindow, counters.SameIssueThresholdPercent));
    }

    [Fact]
    public void A13_2_configured_values_replace_the_defaults()
    {
        var policy = Policy(Settings(("OverdueBlueDays", "2"), ("SameIssueThresholdPercent", "4.5")));

        Assert.Equal(TimeSpan.FromDays(2), policy.OverdueThresholds[0].PastDue);
        Assert.Equal(4.5m, policy.SameIssueThresholdPercent);
    }

    [Theory]
    [InlineData("BluePoints", "0")]
    [InlineData("RedPoints", "-1")]
    [InlineData("YellowPoints", "0.555")]
    [InlineData("AnswerLimit", "00:00:00")]
    [InlineData("OverdueRedDays", "0")]
    [InlineData("SameIssueWindow", "-1.00:00:00")]
    [InlineData("SameIssueThresholdPercent", "101")]
    [InlineData("AnswerLimit", "one day")]
    [InlineData("BluPoints", "0.2")]
    public void A13_2_a_bad_value_stops_the_start_naming_its_key(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(Settings((key, value))));

        Assert.Contains($"Hotline:Escalation:{key}", error.Message);
    }

    [Fact]
    public void A11_levels_must_go_up()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(Settings(("OverdueYellowDays", "20"))));

        Assert.Contains("OverdueYellowDays", error.Message);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create($"Hotline:Escalation:{v.Key}", (string?)v.Value))).Build();

    private static IServiceProvider Services(IConfiguration configuration)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        builder.AddEscalationModule();
        return builder.Services.BuildServiceProvider();
    }

    private static IEscalationPolicy Policy(IConfiguration configuration) => Services(configuration).GetRequiredService<IEscalationPolicy>();

    private static Hotline.Escalation.Policy.EscalationOptions Options(IConfiguration configuration) =>
        Services(configuration).GetRequiredService<Hotline.Escalation.Policy.EscalationOptions>();
}
