using Hotline.BuildingBlocks;

namespace Hotline.Channels.Tests.Outbound;

/// <summary>The back-off every outbox dispatcher shares: the first delay, doubling, capped.</summary>
public sealed class RetryBackoffTests
{
    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(6, 960)]
    [InlineData(7, 1800)] // 1920 s capped at 30 min
    [InlineData(60, 1800)]
    public void RetryBackoff_doubles_from_the_first_delay_up_to_the_cap(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryBackoff.Delay(attempt, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30)));
}
