using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// Registers tickets and moves them (<see cref="TicketFlow"/>) through the HTTP API of every silo round-robin, as a
/// client behind a load balancer would: a request that gets no answer or a 503 is sent once more, to the next silo
/// (after the Retry-After it was given). A refused connection (a stopped or killed silo's port) never reached a silo,
/// so, as a load balancer does, it goes on to the next silo without counting as the retry. Every attempt and every
/// request's end is recorded with the current phase.
/// Workers finish the ticket they are on when stopped, so no request is abandoned half way.
/// </summary>
public sealed class LoadDriver(Func<IReadOnlyList<HttpClient>> silos)
{
    private static readonly TimeSpan MaxRetryPause = TimeSpan.FromSeconds(5);
    private int _next;
    private int _ticket;
    private volatile string _phase = "before";

    public string Run { get; } = Guid.NewGuid().ToString("N")[..10];

    public string Phase
    {
        get => _phase;
        set => _phase = value;
    }

    public ConcurrentQueue<RequestSample> Samples { get; } = new();

    public ConcurrentQueue<RequestResult> Results { get; } = new();

    public ConcurrentDictionary<Guid, AcknowledgedTicket> Tickets { get; } = new();

    /// <summary>Acknowledged registrations so far, for waiting on progress instead of on the clock.</summary>
    public int Registered => Tickets.Count;

    public Task RunAsync(int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Flow(Interlocked.Increment(ref _ticket));
            }
        })));

    /// <summary>Waits until <paramref name="more"/> further registrations are acknowledged; fails after <paramref name="timeout"/>.</summary>
    public async Task Progress(int more, TimeSpan timeout)
    {
        var target = Registered + more;
        var waited = Stopwatch.StartNew();
        while (Registered < target)
        {
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"only {Registered} of {target} registrations acknowledged after {timeout}; last results: "
                    + string.Join(", ", Results.TakeLast(5).Select(r => $"{r.Command} {r.Outcome}")));
            }

            await Task.Delay(100);
        }
    }

    private async Task Flow(int i)
    {
        if (await Send("register", "/api/tickets", TicketFlow.Registration(Run, i)) is not { } created)
        {
            return;
        }

        var ticket = Tickets.GetOrAdd(created.GetProperty("id").GetGuid(), id => new AcknowledgedTicket(id, i));
        foreach (var (command, body) in TicketFlow.Commands(Run, i))
        {
            if (await Send(command, $"/api/tickets/{ticket.Id}/{command}", body) is null)
            {
                ticket.Unanswered.Enqueue(command);
                return;
            }

            ticket.Acknowledged.Enqueue(command);
        }
    }

    private async Task<JsonElement?> Send(string command, string path, object body)
    {
        var phase = Phase;
        var first = (int)((uint)Interlocked.Increment(ref _next) % int.MaxValue);
        var outcome = "";
        var detail = new List<string>();
        var slot = first;
        for (var attempt = 0; attempt < 2; attempt++, slot++)
        {
            HttpAttempt answer;
            var targets = silos();
            for (var passed = 1; ; passed++, slot++)
            {
                var silo = slot % targets.Count;
                answer = await HttpAttempt.Post(targets[silo], path, body);
                outcome = answer.Outcome;
                detail.Add($"slot {silo}: {answer.Error ?? outcome}");
                Samples.Enqueue(new RequestSample(phase, silo, command, outcome, answer.RetryAfter is not null, answer.Latency, attempt > 0));
                if (!answer.Refused || passed == targets.Count)
                {
                    break;
                }
            }

            if (answer.Status is 200 or 201)
            {
                Results.Enqueue(new RequestResult(phase, command, true, outcome));
                return answer.Body;
            }

            if (answer.Status is not (null or 503))
            {
                break; // a final answer (4xx, 500): retrying it would not change it
            }

            await Task.Delay(Pause(answer));
        }

        Results.Enqueue(new RequestResult(phase, command, false, outcome, string.Join("; ", detail)));
        return null;
    }

    /// <summary>A 503's Retry-After (at most 5 s), as a client honours it; a moment when nothing answered (the next silo may).</summary>
    private static TimeSpan Pause(HttpAttempt answer) =>
        answer.RetryAfter is { } wait ? (wait < MaxRetryPause ? wait : MaxRetryPause) : TimeSpan.FromMilliseconds(200);
}
