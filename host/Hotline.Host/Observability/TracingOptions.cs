namespace Hotline.Host.Observability;

/// <summary>
/// Traces across HTTP → grain → storage (section <c>Hotline:Tracing</c>): exported by OTLP only when an endpoint is set;
/// without one no tracer is started and nothing is recorded.
/// </summary>
public sealed class TracingOptions
{
    public const string SectionName = "Hotline:Tracing";

    /// <summary>The OTLP collector (e.g. <c>http://otel-collector:4317</c>, gRPC); empty: tracing off.</summary>
    public Uri? OtlpEndpoint { get; set; }
}
