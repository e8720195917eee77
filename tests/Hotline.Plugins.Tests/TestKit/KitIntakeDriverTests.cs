using Hotline.Plugins.Abstractions;
using Hotline.Plugins.TestKit;

namespace Hotline.Plugins.Tests.TestKit;

/// <summary>The kit holds an intake channel to the contract the host relies on (declared endpoints, sizes, a pure Parse).</summary>
public sealed class KitIntakeDriverTests
{
    private static readonly InboundEndpoint[] Messages = [new("messages", 16)];

    [Fact]
    public void Parse_UndeclaredPath_RefusedAsTheHostWouldWith404()
    {
        using var plugin = PluginUnderTest.LoadBuilt("Hotline.Plugins.ChatChannel");

        var error = Assert.Throws<ArgumentException>(() => plugin.Intake("chat").Parse("receipts", "{}"));

        Assert.StartsWith("channel 'chat' declares no endpoint 'receipts' (declared: messages); the host would answer 404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BodyOverTheEndpointsLimit_RefusedAsTheHostWouldWith413()
    {
        var driver = new IntakeChannelDriver(new StubIntakeChannel("stub", Messages, _ => InboundParse.Ignore("ok")), TimeProvider.System);

        Assert.True(driver.Parse("messages", new string('x', 16)).Ignored);
        var error = Assert.Throws<ArgumentException>(() => driver.Parse("messages", new string('x', 17)));
        Assert.Contains("413", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UpperCaseHeaderName_Refused()
    {
        var driver = new IntakeChannelDriver(new StubIntakeChannel("stub", Messages, _ => InboundParse.Ignore("ok")), TimeProvider.System);

        Assert.Throws<ArgumentException>(() => driver.Parse("messages", "{}", headers: new Dictionary<string, string> { ["X-Event"] = "push" }));
    }

    [Fact]
    public void Parse_AnswerChangesBetweenCalls_NotPure()
    {
        var calls = 0;
        var driver = new IntakeChannelDriver(
            new StubIntakeChannel("stub", Messages, _ => InboundParse.Refuse("n", $"call {++calls}")), TimeProvider.System);

        var error = Assert.Throws<InvalidOperationException>(() => driver.Parse("messages", "{}"));

        Assert.Equal("Parse of channel 'stub' is not pure: the same request gave Refused(n: call 1) then Refused(n: call 2)", error.Message);
    }

    [Fact]
    public void Parse_ReceivedAt_IsTheKitsClock()
    {
        var at = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);
        DateTimeOffset? seen = null;
        var driver = new IntakeChannelDriver(
            new StubIntakeChannel("stub", Messages, request => InboundParse.Ignore($"{seen = request.ReceivedAt}")), new FixedClock(at));

        driver.Parse("messages", "{}");

        Assert.Equal(at, seen);
    }

    [Theory]
    [InlineData("Chat", "messages")]
    [InlineData("chat_1", "messages")]
    [InlineData("chat", "/messages")]
    [InlineData("chat", "Messages")]
    public void Driver_IdOrPathBreakingTheContract_Refused(string id, string path)
    {
        Assert.Throws<InvalidOperationException>(
            () => new IntakeChannelDriver(new StubIntakeChannel(id, [new(path)], _ => InboundParse.Ignore("ok")), TimeProvider.System));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
