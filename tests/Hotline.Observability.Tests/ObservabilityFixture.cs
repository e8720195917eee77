using Hotline.Observability.Tests.Logs;
using Hotline.Observability.Tests.Tracing;
using Hotline.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Hotline.Observability.Tests;

/// <summary>
/// One host on its own database; the open-tickets figures refresh every second so a test sees its own tickets soon.
/// Its traces go, by the host's own settings, to an OTLP collector in the test (<see cref="Traces"/>); its log lines
/// are kept with their scopes (<see cref="Logs"/>), the grain-state writes' lines down to Trace for this capture only.
/// </summary>
public sealed class ObservabilityFixture : HostFixture, IDisposable
{
    public const string Admin = "admin";

    /// <summary>Hotline's batched grain-state writes: a Trace line for each state write, inside the grain's call.</summary>
    public const string GrainStorageCategory = "Hotline.Storage.OrleansTables.BatchedGrainStateWrites";

    public ObservabilityFixture()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Hotline:Metrics:OpenTicketsRefresh"] = "00:00:01",
            ["Hotline:Tracing:OtlpEndpoint"] = Traces.Endpoint.ToString(),
            ["Hotline:Tracing:OtlpProtocol"] = "HttpProtobuf",
        };
    }

    public OtlpReceiver Traces { get; } = new();

    public LogCaptureWithScopes Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings { get; }

    protected override void Configure(WebApplicationBuilder builder)
    {
        builder.Logging.AddProvider(Logs);
        builder.Logging.AddFilter<LogCaptureWithScopes>(GrainStorageCategory, LogLevel.Trace);
    }

    public void Dispose() => Traces.Dispose();
}
