using Hotline.Live.Contracts;
using Hotline.Live.Tests.Hub;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Live.Tests;

public sealed class LiveModuleTests
{
    [Fact]
    public async Task What_a_grain_publishes_reaches_a_subscriber_in_the_same_process()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.AddLiveModule();
        using var host = builder.Build();
        var received = new Received();
        using var _ = host.Services.GetRequiredService<ILiveChanges>().Subscribe(c => c.Topic == LiveTopic.Warning, received.Record);

        host.Services.GetRequiredService<ILivePublisher>().Publish(
            new LiveChange(LiveTopic.Warning, "W-1", "P1", "B1", null, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

        await received.WaitFor("W-1");
    }
}
