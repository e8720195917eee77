using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// Reads every acknowledged ticket back through the API and checks it: registered once, each acknowledged command on
/// its timeline exactly once (an unanswered one at most once), and every start clock that fell due unmet breached, once.
/// Waits (bounded) for due deadlines still being acted on, re-reading only those tickets.
/// </summary>
public static class TimelineCheck
{
    private const int Readers = 8;

    public static async Task<Dictionary<Guid, TicketRead>> Run(HttpClient reader, IReadOnlyList<AcknowledgedTicket> tickets, TimeSpan patience, ConcurrentQueue<string> problems)
    {
        var waited = Stopwatch.StartNew();
        var reads = await ReadAll(reader, tickets, problems);
        while (tickets.Where(t => reads.TryGetValue(t.Id, out var r) && r.AwaitsBreach(DateTimeOffset.UtcNow)).ToList() is { Count: > 0 } awaiting)
        {
            if (waited.Elapsed > patience)
            {
                problems.Enqueue($"{awaiting.Count} start deadline(s) fell due and were not acted on within {patience}: "
                    + string.Join(", ", awaiting.Take(5).Select(t => $"{t.Id} due {reads[t.Id].StartDue:HH:mm:ss}")));
                break;
            }

            await Task.Delay(1000);
            foreach (var (id, read) in await ReadAll(reader, awaiting, problems))
            {
                reads[id] = read;
            }
        }

        foreach (var ticket in tickets.Where(t => reads.ContainsKey(t.Id)))
        {
            Check(ticket, reads[ticket.Id], problems);
        }

        return reads;
    }

    private static void Check(AcknowledgedTicket ticket, TicketRead read, ConcurrentQueue<string> problems)
    {
        void Expect(bool ok, string what)
        {
            if (!ok)
            {
                problems.Enqueue($"ticket {ticket.Index} ({ticket.Id}): {what}; timeline: {string.Join(" → ", read.Entries.Select(e => e.Action))}");
            }
        }

        Expect(read.Count("register") == 1, "not registered exactly once");
        foreach (var command in ticket.Acknowledged)
        {
            Expect(read.Count(command) == 1, $"acknowledged '{command}' is on the timeline {read.Count(command)} time(s)");
        }

        foreach (var command in ticket.Unanswered)
        {
            Expect(read.Count(command) <= 1, $"unanswered '{command}' is on the timeline {read.Count(command)} times");
        }

        Expect(read.StartBreaches == (read.StartBreachRecorded is null ? 0 : 1), $"{read.StartBreaches} start breach entries, breach recorded at {read.StartBreachRecorded:O}");
    }

    private static async Task<Dictionary<Guid, TicketRead>> ReadAll(HttpClient reader, IReadOnlyList<AcknowledgedTicket> tickets, ConcurrentQueue<string> problems)
    {
        var reads = new ConcurrentDictionary<Guid, TicketRead>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < tickets.Count)
            {
                var answer = await HttpAttempt.Get(reader, $"/api/tickets/{tickets[i].Id}/timeline");
                if (answer.Status != 200)
                {
                    answer = await HttpAttempt.Get(reader, $"/api/tickets/{tickets[i].Id}/timeline"); // the client's one retry
                }

                if (answer.Status == 200)
                {
                    reads[tickets[i].Id] = TicketRead.Of(answer.Body);
                }
                else
                {
                    problems.Enqueue($"ticket {tickets[i].Index} ({tickets[i].Id}) was acknowledged but its timeline answers {answer.Outcome}");
                }
            }
        })));
        return new Dictionary<Guid, TicketRead>(reads);
    }
}
