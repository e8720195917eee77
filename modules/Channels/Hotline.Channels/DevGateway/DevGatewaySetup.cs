using Hotline.BuildingBlocks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Hotline.Channels.DevGateway;

/// <summary>
/// Checks the development gateway's configuration at start: a production start on a configured database refuses it,
/// naming the key; a demo start with it points the SMS gateway plugin at it unless a URL is configured.
/// </summary>
internal static class DevGatewaySetup
{
    private const string ConnectionStringKey = "ConnectionStrings:Hotline";
    private const string SmsGatewayUrlKey = "Hotline:Channels:SmsGateway:Url";

    public static DevGatewayOptions Check(IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DevGatewayOptions.SectionName).Get<DevGatewayOptions>() ?? new DevGatewayOptions();
        if (!options.Enabled)
        {
            return options;
        }

        if (builder.Environment.IsProduction() && !string.IsNullOrWhiteSpace(builder.Configuration[ConnectionStringKey]))
        {
            throw StartupProblem.For(DevGatewayOptions.EnabledKey,
                "the local development SMS gateway keeps every SMS in the database; a production start on a configured database refuses it (set it to false)");
        }

        if (string.IsNullOrWhiteSpace(builder.Configuration[SmsGatewayUrlKey]) && OwnAddress(builder.Configuration["urls"]) is { } self)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [SmsGatewayUrlKey] = new Uri(self, "dev/sms-gateway").ToString() });
        }

        return options;
    }

    /// <summary>The host's first http URL with a fixed port, as a local client reaches it (a wildcard host becomes 127.0.0.1).</summary>
    private static Uri? OwnAddress(string? urls)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var local = url.Replace("://*", "://127.0.0.1", StringComparison.Ordinal).Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
            if (Uri.TryCreate(local, UriKind.Absolute, out var uri) && uri.Scheme == "http" && uri.Port > 0)
            {
                return new Uri($"{uri.Scheme}://{uri.Host}:{uri.Port}/");
            }
        }

        return null;
    }
}
