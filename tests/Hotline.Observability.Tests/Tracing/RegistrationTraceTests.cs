using Hotline.TestKit;

namespace Hotline.Observability.Tests.Tracing;

/// <summary>
/// Issue 14, "traces across HTTP → grain → storage": one registration is one trace, exported by the host's own tracing
/// settings to an OTLP collector (<see cref="OtlpReceiver"/>), in which the request's HTTP server span is an ancestor of
/// the ticket grain's call spans, of Orleans' "write storage" span of the ticket's state and of the Npgsql command that
/// writes it.
/// </summary>
[Collection(ObservabilityCollection.Name)]
public sealed class RegistrationTraceTests(ObservabilityFixture fixture)
{
    [Fact]
    public async Task Register_OneTrace_HttpServerSpanIsAncestorOfGrainCallsAndTheStateWrite()
    {
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(Suggestions.New("建議7棟樓道加裝感應燈"));
        var key = ticket.Id.ToString("N");

        // The Npgsql command that writes the ticket's state: a child of Orleans' "write storage" of this grain.
        var write = await fixture.Traces.WaitFor(spans =>
        {
            var storage = spans.FirstOrDefault(s => s.Name == "write storage" && GrainOf(s)?.Contains(key, StringComparison.OrdinalIgnoreCase) == true);
            var command = storage is null ? null : spans.FirstOrDefault(s => s.ParentSpanId == storage.SpanId && s.Scope == "Npgsql"
                && s.Attribute("db.query.text")?.Contains("orleans_storage", StringComparison.Ordinal) == true);
            return command is not null && Chain(spans, command).Any(s => s.Scope == "Microsoft.AspNetCore") ? command : null;
        }, TimeSpan.FromSeconds(60));
        var trace = fixture.Traces.Spans.Where(s => s.TraceId == write.TraceId).ToList();

        var chain = Chain(trace, write);
        var server = Assert.Single(chain, s => s.Scope == "Microsoft.AspNetCore");
        Assert.Equal(ExportedSpan.Server, server.Kind);
        Assert.Equal("POST", server.Attribute("http.request.method"));
        Assert.Equal("/api/tickets/", server.Attribute("http.route"));
        Assert.Equal("201", server.Attribute("http.response.status_code"));
        // Between them: the grain call as the caller made it and as the ticket grain ran it, then the state write.
        var call = Assert.Single(chain, s => s.Kind == ExportedSpan.Client && s.Attribute("rpc.method")?.EndsWith("ITicketGrain/Register", StringComparison.Ordinal) == true);
        var run = Assert.Single(chain, s => s.Kind == ExportedSpan.Server && s.Attribute("rpc.method")?.EndsWith("ITicketGrain/Register", StringComparison.Ordinal) == true);
        Assert.Equal("orleans", run.Attribute("rpc.system.name"));
        Assert.Contains(key, run.Attribute("orleans.rpc.target_id") ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.True(chain.IndexOf(call) > chain.IndexOf(run), "the caller's span is the parent side of the grain's");
        var storage = Assert.Single(chain, s => s.Scope == "Microsoft.Orleans.Storage");
        Assert.Equal("write storage", storage.Name);
        Assert.Equal(storage.SpanId, write.ParentSpanId);
        Assert.Equal("postgresql", write.Attribute("db.system.name"));
        // The request's span is where the host's part of the trace begins: nothing of the trace above it.
        Assert.DoesNotContain(trace, s => s.SpanId == server.ParentSpanId);
    }

    /// <summary>The span and its ancestors, nearest first, as far as the exported spans reach.</summary>
    private static List<ExportedSpan> Chain(IReadOnlyList<ExportedSpan> spans, ExportedSpan from)
    {
        var chain = new List<ExportedSpan> { from };
        while (spans.FirstOrDefault(s => s.SpanId == chain[^1].ParentSpanId && s.TraceId == from.TraceId) is { } parent && chain.Count < 64)
        {
            chain.Add(parent);
        }

        return chain;
    }

    private static string? GrainOf(ExportedSpan span) => span.Attribute("orleans.grain.id");
}
