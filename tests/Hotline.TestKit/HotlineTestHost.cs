using System.Collections.Concurrent;
using Hotline.Host;
using Hotline.Security.Identity.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.TestKit;

/// <summary>
/// The real Hotline host (HotlineApp, Kestrel on a free loopback port, a silo on free ports) against a
/// test database, with the grains' clock and the reminder clock replaced by one fake clock.
/// </summary>
public sealed class HotlineTestHost : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new();
    private readonly Uri _address;

    private HotlineTestHost(WebApplication app, Uri address)
    {
        App = app;
        _address = address;
        Http = new HttpClient(new ActAsNamedPersonHandler(TokenFor)) { BaseAddress = address };
        Anonymous = new HttpClient { BaseAddress = address };
    }

    /// <summary>One random token signing key per test process: a production start on a configured database refuses to run without one.</summary>
    public static string SigningKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public WebApplication App { get; }

    /// <summary>Signs each request in as the person it names (<see cref="ActAsNamedPersonHandler"/>).</summary>
    public HttpClient Http { get; }

    /// <summary>No credentials at all.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>A client signed in as one person of the organisation, with a token the host itself issued.</summary>
    public HttpClient ClientAs(string personId) => _clients.GetOrAdd(personId, id =>
        new HttpClient(new ActAsNamedPersonHandler(TokenFor, id)) { BaseAddress = _address });

    public string TokenFor(string personId) => App.Services.GetRequiredService<TokenIssuer>().Issue(personId).AccessToken;

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Reminder ticks this host's grains have finished processing (see <see cref="ReminderTicks"/>).</summary>
    public ReminderTicks Ticks => App.Services.GetRequiredService<ReminderTicks>();

    public static async Task<HotlineTestHost> StartAsync(string connectionString, string serviceId, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:Hotline"] = connectionString,
            ["Hotline:Cluster:ClusterId"] = serviceId,
            ["Hotline:Cluster:ServiceId"] = serviceId,
            ["Hotline:Cluster:SiloPort"] = FreePort.Next().ToString(),
            ["Hotline:Plugins:Folder"] = RepoPaths.PluginsFolder,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Hotline:Security:SigningKey"] = SigningKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var args = all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray();
        var app = HotlineApp.Build(args, builder =>
        {
            builder.Services.AddFakeBusinessClock(clock);
            builder.Services.AddSingleton<ReminderTicks>();
            builder.Services.AddSingleton<Hotline.BuildingBlocks.IReminderTickObserver>(sp => sp.GetRequiredService<ReminderTicks>());
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HotlineTestHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
