using Hotline.TestKit;
using Hotline.Tickets.Sla;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tickets.Tests.Sla;

public sealed class ShippedDutyWindowTests
{
    [Fact]
    public void A9_1_and_A8_3_1_liaison_duty_window_is_08_00_to_20_00_Asia_Shanghai_by_default()
    {
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepoPaths.Root, "config", "sla-policy.json")).Build();
        var limits = new ServiceCollection().AddSingleton(SlaTime.Shanghai).AddSlaPolicy(shipped)
            .BuildServiceProvider().GetRequiredService<SlaPolicy>().Defaults;

        Assert.Equal(("Asia/Shanghai", new TimeOnly(8, 0), new TimeOnly(20, 0)), (limits.Schedule.TimeZoneId, limits.Schedule.DutyStart, limits.Schedule.DutyEnd));
        Assert.True(limits.Start.DutyTimeOnly && limits.Contact.DutyTimeOnly && limits.PlanGeneral.DutyTimeOnly);
        Assert.False(limits.PlanSerious.DutyTimeOnly);
    }
}
