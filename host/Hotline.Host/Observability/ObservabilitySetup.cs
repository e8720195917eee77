using Hotline.BuildingBlocks;
using Hotline.BuildingBlocks.Observability;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hotline.Host.Observability;

/// <summary>
/// OpenTelemetry for operators (issue 14): metrics scraped by Prometheus at <see cref="ScrapePath"/> and, when an OTLP
/// endpoint is configured, traces across HTTP → grain → storage. The meters: Hotline's own (<see cref="HotlineMetrics"/>),
/// ASP.NET Core's (http.server.request.duration by route), Kestrel's, Orleans' and Npgsql's (commands, pool, failures).
/// </summary>
public static class ObservabilitySetup
{
    public const string ScrapePath = "/metrics";

    private static readonly string[] Meters =
    [
        HotlineMetrics.MeterName,
        "Microsoft.Orleans", // Orleans' own: grain calls, activations, messaging, reminders, storage
        "Npgsql",
    ];

    // Orleans' grain-call spans (with AddActivityPropagation), its grain-state reads and writes ("write storage", whose
    // children are the Npgsql commands of the write) and Npgsql's command spans; ASP.NET Core's come from its instrumentation.
    private static readonly string[] Sources =
    [
        Orleans.Diagnostics.ActivitySources.ApplicationGrainActivitySourceName,
        Orleans.Diagnostics.ActivitySources.RuntimeActivitySourceName,
        Orleans.Diagnostics.ActivitySources.StorageActivitySourceName,
        "Npgsql",
    ];

    public static WebApplicationBuilder AddHotlineObservability(this WebApplicationBuilder builder)
    {
        var metrics = builder.Services.BindChecked<MetricsOptions>(builder.Configuration, MetricsOptions.SectionName);
        var tracing = builder.Services.BindChecked<TracingOptions>(builder.Configuration, TracingOptions.SectionName);
        builder.Services.AddHotlineMetrics();
        builder.Services.AddSingleton(OperatorsNetwork.From(metrics.ScrapeNetworks));
        if (!metrics.Enabled && tracing.OtlpEndpoint is null)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(r => r.AddService("hotline"));
        if (metrics.Enabled)
        {
            telemetry.WithMetrics(m => m
                .AddMeter(Meters)
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter(o => o.ScrapeEndpointPath = ScrapePath));
        }

        if (tracing.OtlpEndpoint is { } endpoint)
        {
            builder.UseOrleans(silo => silo.AddActivityPropagation());
            telemetry.WithTracing(t => t
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => (o.Endpoint, o.Protocol) = (endpoint, tracing.OtlpProtocol)));
        }

        return builder;
    }

    /// <summary>
    /// Ahead of sign-in: a scrape from an operators' network is answered here, without credentials. Every other request to
    /// <see cref="ScrapePath"/> goes on to the endpoint of <see cref="MapHotlineMetrics"/>, which the access table gives
    /// to the administrator alone (owners' sessions are never staff sessions, so never reach it).
    /// </summary>
    public static WebApplication UseHotlineMetricsForOperators(this WebApplication app)
    {
        if (!Enabled(app))
        {
            return app;
        }

        var network = app.Services.GetRequiredService<OperatorsNetwork>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            meterProvider: null,
            predicate: c => c.Request.Path == ScrapePath && network.Admits(c.Connection.RemoteIpAddress),
            path: null,
            configureBranchedPipeline: null,
            optionsName: null);
        return app;
    }

    /// <summary>ANY /metrics for the administrator (access table), e.g. a token in Prometheus' authorization setting.</summary>
    public static WebApplication MapHotlineMetrics(this WebApplication app)
    {
        if (Enabled(app))
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath).ExcludeFromDescription();
        }

        return app;
    }

    private static bool Enabled(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricsOptions>>().Value.Enabled;
}
