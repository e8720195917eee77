using Hotline.Tickets.Sla;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>Builds the policy the way the host does, from "Key=Value" settings below Hotline:Sla.</summary>
internal static class SlaPolicies
{
    public static IConfiguration Configuration(params string[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(setting => setting.Split('=', 2)).Select(pair => KeyValuePair.Create($"{SlaPolicyOptions.SectionName}:{pair[0]}", (string?)pair[1])))
            .Build();

    public static SlaPolicy From(params string[] settings) =>
        new ServiceCollection()
            .AddSingleton(SlaTime.Shanghai)
            .AddSlaPolicy(Configuration(settings))
            .BuildServiceProvider()
            .GetRequiredService<SlaPolicy>();
}
