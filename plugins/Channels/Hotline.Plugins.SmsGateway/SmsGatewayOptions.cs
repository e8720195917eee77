using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Hotline.Plugins.SmsGateway;

/// <summary>The section <c>Hotline:Channels:SmsGateway</c>: <c>Url</c>, <c>ApiKey</c>, <c>TimeoutSeconds</c>.</summary>
public sealed record SmsGatewayOptions(Uri? Url, string? ApiKey, TimeSpan Timeout)
{
    public const string SectionName = "Hotline:Channels:SmsGateway";
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Without an absolute http(s) URL the channel is off (nothing is recorded or sent).</summary>
    public bool IsConfigured => Url is not null;

    public static SmsGatewayOptions From(IConfiguration? configuration)
    {
        var section = configuration?.GetSection(SectionName);
        var url = Uri.TryCreate(section?["Url"], UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed : null;
        var apiKey = section?["ApiKey"] is { Length: > 0 } key ? key : null;
        var timeout = int.TryParse(section?["TimeoutSeconds"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 300
            ? TimeSpan.FromSeconds(seconds)
            : DefaultTimeout;
        return new SmsGatewayOptions(url, apiKey, timeout);
    }

    // The API key is a secret: a record's generated ToString would print it.
    public override string ToString() => $"SmsGatewayOptions {{ Url = {Url}, ApiKey = {(ApiKey is null ? "(none)" : "***")}, Timeout = {Timeout} }}";
}
