using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.Tests.TestKit;

/// <summary>An intake channel for the kit's own contract checks: its id, endpoints and Parse are whatever a test sets.</summary>
internal sealed class StubIntakeChannel(string id, IReadOnlyList<InboundEndpoint> endpoints, Func<InboundRequest, InboundParse> parse) : IIntakeChannel
{
    public string Id => id;

    public IReadOnlyList<InboundEndpoint> Endpoints => endpoints;

    public InboundParse Parse(InboundRequest request) => parse(request);

    public Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken) => Task.FromResult(ChannelResult.Delivered);
}
