using System.Text;
using System.Text.RegularExpressions;
using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.TestKit;

/// <summary>
/// Feeds an intake channel what the host would: an <see cref="InboundRequest"/> for one of its declared endpoints, and
/// <see cref="OwnerMessage"/>s to send. It holds the channel to its documented contract: a lower-case id and endpoint
/// paths, a request only for a declared endpoint and within its <see cref="InboundEndpoint.MaxBodyBytes"/> (else the
/// host answers 404 / 413 and never calls Parse), and a pure <see cref="IIntakeChannel.Parse"/>: every request is parsed
/// twice and both answers must agree, since the host parses a stored request again on retry.
/// </summary>
public sealed partial class IntakeChannelDriver
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();
    private readonly TimeProvider _time;

    public IntakeChannelDriver(IIntakeChannel channel, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(channel);
        Channel = channel;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        CheckContract(channel);
    }

    public IIntakeChannel Channel { get; }

    /// <summary>A request with a UTF-8 <paramref name="body"/> to the endpoint <paramref name="path"/>, received now.</summary>
    public InboundParse Parse(string path, string body, string? contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null) =>
        Parse(new InboundRequest(path, contentType, Encoding.UTF8.GetBytes(body), headers ?? NoHeaders, _time.GetUtcNow()));

    public InboundParse Parse(InboundRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = Channel.Endpoints.FirstOrDefault(e => e.Path == request.Path)
            ?? throw new ArgumentException(
                $"channel '{Channel.Id}' declares no endpoint '{request.Path}' (declared: {string.Join(", ", Channel.Endpoints.Select(e => e.Path))}); the host would answer 404", nameof(request));
        if (request.Body.Length > endpoint.MaxBodyBytes)
        {
            throw new ArgumentException(
                $"a body of {request.Body.Length} bytes is over endpoint '{endpoint.Path}''s MaxBodyBytes {endpoint.MaxBodyBytes}; the host would answer 413", nameof(request));
        }

        if (request.Headers.Keys.FirstOrDefault(name => name != name.ToLowerInvariant()) is { } upper)
        {
            throw new ArgumentException($"header name '{upper}' is not lower case: the host hands headers over with lower-case names", nameof(request));
        }

        var first = Channel.Parse(request);
        var again = Channel.Parse(request);
        var (firstText, againText) = (InboundParseText.Of(first), InboundParseText.Of(again));
        return firstText == againText
            ? first
            : throw new InvalidOperationException($"Parse of channel '{Channel.Id}' is not pure: the same request gave {firstText} then {againText}");
    }

    /// <summary>Sends <paramref name="message"/> through the channel, as the host's owner outbox would.</summary>
    public Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken = default) =>
        Channel.Send(message, cancellationToken);

    private static void CheckContract(IIntakeChannel channel)
    {
        if (!IdPattern().IsMatch(channel.Id ?? string.Empty))
        {
            throw new InvalidOperationException($"intake channel id '{channel.Id}' must be lower-case [a-z0-9] words joined by '-'");
        }

        foreach (var endpoint in channel.Endpoints)
        {
            if (!PathPattern().IsMatch(endpoint.Path ?? string.Empty) || endpoint.MaxBodyBytes <= 0)
            {
                throw new InvalidOperationException(
                    $"endpoint '{endpoint.Path}' of channel '{channel.Id}' needs a relative path of lower-case [a-z0-9-] segments and a positive MaxBodyBytes");
            }
        }

        if (channel.Endpoints.Count == 0 || channel.Endpoints.DistinctBy(e => e.Path).Count() != channel.Endpoints.Count)
        {
            throw new InvalidOperationException($"channel '{channel.Id}' must declare at least one endpoint, each path once");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9-]+(?:/[a-z0-9-]+)*$")]
    private static partial Regex PathPattern();
}
