using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Hotline.Plugins.ChatChannel;

/// <summary>The section <c>Hotline:Channels:chat</c>: <c>ApiUrl</c>, <c>Token</c>, <c>TimeoutSeconds</c> (the host reads its <c>Secret</c>).</summary>
public sealed record ChatChannelOptions(Uri? ApiUrl, string? Token, TimeSpan Timeout)
{
    public const string SectionName = "Hotline:Channels:" + ChatChannel.ChannelId;
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Sending needs both the API's absolute http(s) URL and the access token; receiving needs neither.</summary>
    public bool CanSend => ApiUrl is not null && Token is not null;

    public static ChatChannelOptions From(IConfiguration? configuration)
    {
        var section = configuration?.GetSection(SectionName);
        var url = Uri.TryCreate(section?["ApiUrl"], UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed : null;
        var token = section?["Token"] is { Length: > 0 } value ? value : null;
        var timeout = int.TryParse(section?["TimeoutSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 300
            ? TimeSpan.FromSeconds(seconds)
            : DefaultTimeout;
        return new ChatChannelOptions(url, token, timeout);
    }

    // The token is a secret: a record's generated ToString would print it.
    public override string ToString() => $"ChatChannelOptions {{ ApiUrl = {ApiUrl}, Token = {(Token is null ? "(none)" : "***")}, Timeout = {Timeout} }}";
}
