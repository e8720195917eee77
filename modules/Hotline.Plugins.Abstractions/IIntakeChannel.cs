namespace Hotline.Plugins.Abstractions;

/// <summary>
/// An owners' door (A2): a channel plugin's intake side. The host maps each of <see cref="Endpoints"/> under
/// <c>/channels/{Id}/{path}</c>, checks the request's signature, size and rate, stores the raw request before anything
/// else happens, then asks <see cref="Parse"/> what it holds. Replies to owners go out through <see cref="Send"/>,
/// recorded and retried by the host. Registered by the plugin's <see cref="IHotlinePlugin.ConfigureServices"/> as a
/// singleton <see cref="IIntakeChannel"/>; implementations must be thread-safe and keep no queue of their own.
/// </summary>
public interface IIntakeChannel
{
    /// <summary>
    /// Stable lower-case id (<c>[a-z0-9-]</c>, e.g. <c>gm-sms</c>): the URL segment, the configuration section
    /// <c>Hotline:Channels:{Id}</c> (its <c>Secret</c> signs webhooks) and the <c>channel</c> of every ticket it brings in.
    /// </summary>
    string Id { get; }

    /// <summary>The webhooks the channel's provider calls; fixed for the plugin's life.</summary>
    IReadOnlyList<InboundEndpoint> Endpoints { get; }

    /// <summary>
    /// Reads one stored request: a message from an owner, a request the channel ignores (a delivery receipt), or a
    /// refusal naming the field that is wrong. Pure: no I/O, same answer for the same request (it is re-run on retry).
    /// </summary>
    InboundParse Parse(InboundRequest request);

    /// <summary>
    /// Sends one message to one owner. <see cref="OwnerMessage.MessageId"/> is the same on every retry: pass it on as
    /// the provider's idempotency key. Never throw for a provider's refusal: answer it as a <see cref="ChannelResult"/>.
    /// </summary>
    Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken);
}
