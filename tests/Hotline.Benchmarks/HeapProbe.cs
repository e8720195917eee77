using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Hotline.Benchmarks;

/// <summary>
/// The host's managed heap after a full, blocking GC, read from outside the host with no hook in it: an EventPipe session
/// with the runtime's GC and GCHeapCollect keywords makes the runtime run an induced gen-2 GC (as dotnet-gcdump does), and its
/// GCHeapStats event gives both the bytes of the objects that survived it and the heap's size, which also counts free
/// space between them (fragmentation the next allocations reuse).
/// </summary>
public static class HeapProbe
{
    public static async Task<HeapAfterFullGc> AfterFullGcAsync(int processId, CancellationToken ct)
    {
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        var client = new DiagnosticsClient(processId);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords)], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var heap = new TaskCompletionSource<HeapAfterFullGc>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullGc = false;
        source.Clr.GCStart += e => fullGc |= e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (fullGc)
            {
                heap.TrySetResult(new HeapAfterFullGc(e.TotalPromoted, e.TotalHeapSize));
            }
        };
        var processing = Task.Run(source.Process, CancellationToken.None);
        await Task.WhenAny(heap.Task, Task.Delay(TimeSpan.FromSeconds(60), ct));

        // Processing returns only once the session is stopped and its stream ends.
        try
        {
            session.Stop();
        }
        catch (Exception e) when (e is ServerNotAvailableException or EndOfStreamException or IOException or TimeoutException)
        {
        }

        await Task.WhenAny(processing, Task.Delay(TimeSpan.FromSeconds(10), CancellationToken.None));
        ct.ThrowIfCancellationRequested();
        return heap.Task.IsCompletedSuccessfully ? heap.Task.Result : throw new TimeoutException("no full GC was reported by the host within 60 s");
    }
}
