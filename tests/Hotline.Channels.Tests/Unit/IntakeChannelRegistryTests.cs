using Hotline.Channels.Inbound;
using Hotline.Channels.Tests.Support;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hotline.Channels.Tests.Unit;

/// <summary>Issue 11: a bad or duplicate channel id, a bad path or a short secret stops the start, naming it.</summary>
public sealed class IntakeChannelRegistryTests
{
    [Theory]
    [InlineData("Bad_Id")]
    [InlineData("-dash")]
    [InlineData("call-center")]
    public void BadId_StopsTheStartNamingIt(string id)
    {
        var problem = Assert.Throws<OptionsValidationException>(() => new IntakeChannelRegistry([new FlakyChannel(id)], Config()));

        Assert.Contains($"'{id}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateId_StopsTheStartNamingIt()
    {
        var problem = Assert.Throws<OptionsValidationException>(() => new IntakeChannelRegistry([new FlakyChannel("chat"), new FlakyChannel("chat")], Config()));

        Assert.Contains("Hotline:Channels:chat", problem.Message, StringComparison.Ordinal);
        Assert.Contains("registered twice", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortSecret_StopsTheStartNamingTheKey_AndNoSecretMeansNotConfigured()
    {
        var problem = Assert.Throws<OptionsValidationException>(() => new IntakeChannelRegistry([new FlakyChannel("chat")], Config(("Hotline:Channels:chat:Secret", "short"))));
        var registry = new IntakeChannelRegistry([new FlakyChannel("chat"), new FlakyChannel("mail")], Config(("Hotline:Channels:chat:Secret", "sixteen-chars-ok")));

        Assert.Contains("Hotline:Channels:chat:Secret", problem.Message, StringComparison.Ordinal);
        Assert.Equal("sixteen-chars-ok", registry.SecretOf("chat"));
        Assert.Null(registry.SecretOf("mail"));
    }

    [Fact]
    public void EndpointPathOrLimitOutOfBounds_StopsTheStart()
    {
        Assert.Throws<OptionsValidationException>(() => new IntakeChannelRegistry([new FixedEndpoints("chat", new InboundEndpoint("../up"))], Config()));
        Assert.Throws<OptionsValidationException>(() => new IntakeChannelRegistry([new FixedEndpoints("chat", new InboundEndpoint("in", 2 * 1024 * 1024))], Config()));
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private sealed class FixedEndpoints(string id, InboundEndpoint endpoint) : IIntakeChannel
    {
        public string Id => id;

        public IReadOnlyList<InboundEndpoint> Endpoints => [endpoint];

        public InboundParse Parse(InboundRequest request) => InboundParse.Ignore("test");

        public Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken) => Task.FromResult(ChannelResult.Delivered);
    }
}
