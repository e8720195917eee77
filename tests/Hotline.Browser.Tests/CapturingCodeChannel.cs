using System.Collections.Concurrent;
using Hotline.Plugins.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// An intake channel that keeps what it is asked to send: the portal's sign-in codes (id <see cref="ChannelId"/>), or
/// under another id what owners are texted, read back by the tests.
/// </summary>
public sealed class CapturingCodeChannel(string id = CapturingCodeChannel.ChannelId) : IIntakeChannel
{
    public const string ChannelId = "test-codes";

    private readonly ConcurrentQueue<OwnerMessage> _sent = new();

    public string Id => id;

    public IReadOnlyList<InboundEndpoint> Endpoints { get; } = [];

    public IReadOnlyList<OwnerMessage> Sent => [.. _sent];

    public InboundParse Parse(InboundRequest request) => InboundParse.Ignore("the test channel receives nothing");

    public Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(message);
        return Task.FromResult(ChannelResult.Delivered);
    }

    public IReadOnlyList<OwnerMessage> To(string phone) => [.. _sent.Where(m => m.To.Phone == phone)];

    /// <summary>The six digits of the last code texted to <paramref name="phone"/>.</summary>
    public string LastCode(string phone)
    {
        var text = To(phone).Last(m => m.Kind == OwnerMessageKind.SignInCode).Text;
        return new string(text.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
    }
}
