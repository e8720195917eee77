using OpenTelemetry.Exporter;

namespace Hotline.Host.Observability;

/// <summary>
/// Traces across HTTP → grain → storage (section <c>Hotline:Tracing</c>): exported by OTLP only when an endpoint is set;
/// without one no tracer is started and nothing is recorded.
/// </summary>
public sealed class TracingOptions
{
    public const string SectionName = "Hotline:Tracing";

    /// <summary>
    /// The OTLP collector; empty: tracing off. gRPC: the collector's address (e.g. <c>http://otel-collector:4317</c>);
    /// HTTP: the whole traces URL (e.g. <c>http://otel-collector:4318/v1/traces</c>), used as given.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>Grpc</c> (OTLP's default, port 4317) or <c>HttpProtobuf</c> (port 4318, for collectors or proxies without gRPC).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;
}
