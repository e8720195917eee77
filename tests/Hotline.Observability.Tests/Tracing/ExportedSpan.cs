namespace Hotline.Observability.Tests.Tracing;

/// <summary>One span as the host exported it over OTLP: ids in hex, the instrumentation scope that made it, its string-valued attributes.</summary>
public sealed record ExportedSpan(
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    int Kind,
    string Scope,
    IReadOnlyDictionary<string, string> Attributes)
{
    public const int Server = 2;
    public const int Client = 3;

    public string? Attribute(string key) => Attributes.GetValueOrDefault(key);

    public override string ToString() => $"{Scope} '{Name}' kind {Kind} {SpanId} <- {ParentSpanId}";
}
