using Hotline.Host;
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
    private HotlineTestHost(WebApplication app, HttpClient http)
    {
        App = app;
        Http = http;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    public static async Task<HotlineTestHost> StartAsync(string connectionString, string serviceId, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:Hotline"] = connectionString,
            ["Hotline:Cluster:ClusterId"] = serviceId,
            ["Hotline:Cluster:ServiceId"] = serviceId,
            ["Hotline:Cluster:SiloPort"] = FreePort.Next().ToString(),
            ["Hotline:Cluster:GatewayPort"] = FreePort.Next().ToString(),
            ["Hotline:Plugins:Folder"] = RepoPaths.PluginsFolder,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var args = all.Select(kv => $"--{kv.Key}={kv.Value}").ToArray();
        var app = HotlineApp.Build(args, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddKeyedSingleton<TimeProvider>("Orleans.Reminders", clock);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HotlineTestHost(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
