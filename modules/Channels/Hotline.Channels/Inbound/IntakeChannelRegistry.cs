using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Hotline.BuildingBlocks;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;

namespace Hotline.Channels.Inbound;

/// <summary>
/// The registered intake channels, checked once when the host starts: a bad or duplicate id, a bad path, a body limit
/// above the host's own, or a secret too short to sign with stops the start with one line naming the channel (or key).
/// A channel without a secret is mapped but answers 503 until one is configured.
/// </summary>
public sealed partial class IntakeChannelRegistry
{
    public const int MinSecretLength = 16;

    /// <summary>Built-in doors no plugin may claim: the call center's tickets come from its agents only.</summary>
    private static readonly string[] Reserved = ["call-center"];

    private readonly FrozenDictionary<string, IIntakeChannel> _byId;
    private readonly FrozenDictionary<string, string> _secrets;

    public IntakeChannelRegistry(IEnumerable<IIntakeChannel> channels, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var hostLimit = long.TryParse(configuration["Hotline:Http:MaxRequestBodyBytes"], out var configured) ? configured : 1024 * 1024;
        var byId = new Dictionary<string, IIntakeChannel>(StringComparer.Ordinal);
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var channel in channels)
        {
            var id = channel.Id;
            var key = $"{InboundOptions.SectionName}:{id}";
            if (id is null || !Id().IsMatch(id) || Reserved.Contains(id))
            {
                throw StartupProblem.For(InboundOptions.SectionName, $"intake channel id '{id}' ({channel.GetType().Name}) must be 1-40 characters of [a-z0-9-], not {string.Join(", ", Reserved)}");
            }

            if (!byId.TryAdd(id, channel))
            {
                throw StartupProblem.For(key, $"intake channel id '{id}' is registered twice ({byId[id].GetType().Name}, {channel.GetType().Name})");
            }

            CheckEndpoints(key, channel.Endpoints ?? [], hostLimit);
            if (configuration[$"{key}:Secret"] is { Length: > 0 } secret)
            {
                secrets[id] = secret.Length >= MinSecretLength ? secret : throw StartupProblem.For($"{key}:Secret", $"must be at least {MinSecretLength} characters");
            }
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _secrets = secrets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<IIntakeChannel> All => _byId.Values;

    public IIntakeChannel? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The channel's webhook secret, or null while none is configured.</summary>
    public string? SecretOf(string id) => _secrets.GetValueOrDefault(id);

    public static InboundEndpoint? EndpointOf(IIntakeChannel channel, string path) =>
        channel.Endpoints.FirstOrDefault(e => string.Equals(e.Path, path, StringComparison.Ordinal));

    private static void CheckEndpoints(string key, IReadOnlyList<InboundEndpoint> endpoints, long hostLimit)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Path is null || endpoint.Path.Length > 200 || !EndpointPath().IsMatch(endpoint.Path) || !seen.Add(endpoint.Path))
            {
                throw StartupProblem.For(key, $"endpoint path '{endpoint.Path}' must be unique lower-case segments of [a-z0-9-] separated by '/'");
            }

            if (endpoint.MaxBodyBytes < 1 || endpoint.MaxBodyBytes > hostLimit)
            {
                throw StartupProblem.For(key, $"endpoint '{endpoint.Path}' MaxBodyBytes must be 1 to the host's limit ({hostLimit})");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    [GeneratedRegex("^[a-z0-9-]+(?:/[a-z0-9-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndpointPath();
}
