using Hotline.Host.Plugins;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Categories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Plugins.TestKit;

/// <summary>
/// One plugin folder loaded through the host's own loader (<see cref="PluginCatalogLoader.LoadOne"/>: manifest check,
/// host-version range, load context, entry class, scanned category handlers, <c>ConfigureServices</c>), in a small
/// service provider holding what the host gives a plugin: the configuration the test passes, logging (read it in
/// <see cref="Log"/>) and a <see cref="TimeProvider"/>. Exposes what the plugin contributed. Dispose it after the test.
/// </summary>
public sealed class PluginUnderTest : IDisposable
{
    private readonly ServiceProvider _provider;

    private PluginUnderTest(PluginRecord record, ServiceProvider provider, KitLog log, TimeProvider time)
    {
        Record = record;
        _provider = provider;
        Log = log;
        Time = time;
    }

    /// <summary>What the loader recorded: id, version, kind, category codes (as in <c>GET /api/plugins</c>).</summary>
    public PluginRecord Record { get; }

    /// <summary>The loader's and the plugin's log lines.</summary>
    public KitLog Log { get; }

    /// <summary>The clock handed to the plugin, and used as the receipt time of requests fed by <see cref="Intake"/>.</summary>
    public TimeProvider Time { get; }

    /// <summary>The provider the plugin's registrations live in, for anything else it registered.</summary>
    public IServiceProvider Services => _provider;

    public IReadOnlyList<ICategoryHandler> Categories => [.. _provider.GetServices<ICategoryHandler>()];

    public IReadOnlyList<IIntakeChannel> IntakeChannels => [.. _provider.GetServices<IIntakeChannel>()];

    public IReadOnlyList<INotificationChannel> NotificationChannels => [.. _provider.GetServices<INotificationChannel>()];

    /// <summary>
    /// Loads <paramref name="pluginFolder"/> (a built plugin: see <see cref="BuiltPlugins.Folder"/>) with the given
    /// configuration keys (e.g. <c>Hotline:Channels:chat:ApiUrl</c>), against <paramref name="hostVersion"/> (default:
    /// this host's version). Throws <see cref="PluginNotLoadedException"/> with the loader's reason when it skips the plugin.
    /// </summary>
    public static PluginUnderTest Load(
        string pluginFolder,
        IReadOnlyDictionary<string, string?>? configuration = null,
        Version? hostVersion = null,
        TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginFolder);
        var log = new KitLog();
        var services = new ServiceCollection();
        var logger = ((ILoggerProvider)log).CreateLogger(typeof(PluginCatalogLoader).FullName!);
        var record = PluginCatalogLoader.LoadOne(pluginFolder, services, logger, Complete(hostVersion ?? HostVersion.Current));
        if (record.State != PluginState.Loaded)
        {
            throw new PluginNotLoadedException(record.Folder, record.Error ?? "(no reason given)");
        }

        time ??= TimeProvider.System;
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton(time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(log));
        services.AddCategoryCatalog();
        return new PluginUnderTest(record, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), log, time);
    }

    /// <summary><see cref="Load"/> of the built plugin project <paramref name="projectName"/> (<c>artifacts/plugins/&lt;projectName&gt;/</c>).</summary>
    public static PluginUnderTest LoadBuilt(
        string projectName, IReadOnlyDictionary<string, string?>? configuration = null, Version? hostVersion = null, TimeProvider? time = null) =>
        Load(BuiltPlugins.Folder(projectName), configuration, hostVersion, time);

    /// <summary>The plugin's category handler with <paramref name="code"/>.</summary>
    public ICategoryHandler Category(string code) =>
        Categories.SingleOrDefault(handler => handler.Code == code)
        ?? throw new InvalidOperationException($"plugin {Record.Id} has no category '{code}' (it has: {string.Join(", ", Categories.Select(h => h.Code))})");

    /// <summary>
    /// The category the host's catalog suggests for <paramref name="text"/> when this plugin's categories are the only
    /// ones installed: the best-scoring of them, or the built-in <c>other</c> when none fits.
    /// </summary>
    public string SuggestCategory(string text) => _provider.GetRequiredService<ICategoryCatalog>().Classify(text).Code;

    /// <summary>A driver for the plugin's intake channel <paramref name="id"/>, checked against the contract first.</summary>
    public IntakeChannelDriver Intake(string id) =>
        new(IntakeChannels.SingleOrDefault(channel => channel.Id == id)
            ?? throw new InvalidOperationException($"plugin {Record.Id} has no intake channel '{id}' (it has: {string.Join(", ", IntakeChannels.Select(c => c.Id))})"), Time);

    /// <summary>The plugin's notification channel named <paramref name="name"/>.</summary>
    public INotificationChannel Notification(string name) =>
        NotificationChannels.SingleOrDefault(channel => channel.Name == name)
        ?? throw new InvalidOperationException($"plugin {Record.Id} has no notification channel '{name}' (it has: {string.Join(", ", NotificationChannels.Select(c => c.Name))})");

    public void Dispose() => _provider.Dispose();

    // The loader prints the host version with three parts, as HostVersion.Current has them; new Version(1, 0) has two.
    private static Version Complete(Version v) => new(v.Major, v.Minor, Math.Max(v.Build, 0), Math.Max(v.Revision, 0));
}
