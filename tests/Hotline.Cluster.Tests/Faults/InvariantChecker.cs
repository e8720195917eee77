using System.Collections.Concurrent;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// After a run: every acknowledged ticket read back (<see cref="TimelineCheck"/>), the database's notices and
/// deductions (<see cref="LedgerCheck"/>), and the lateness of every start deadline that fell due (breach recorded −
/// due), overall and for those due during the fault: none may be later than <see cref="LatenessBound"/>. Returns the
/// problems found; the lateness goes to the results.
/// </summary>
public static class InvariantChecker
{
    /// <summary>Issue 14's target for the worst deadline lateness across a fault.</summary>
    public static readonly TimeSpan LatenessBound = TimeSpan.FromSeconds(90);

    public static async Task<IReadOnlyList<string>> Check(string scenario, LoadDriver driver, HttpClient reader, string connectionString,
        TimeSpan patience, (DateTimeOffset From, DateTimeOffset To) fault, FaultResults results)
    {
        var problems = new ConcurrentQueue<string>();
        var tickets = driver.Tickets.Values.OrderBy(t => t.Index).ToList();
        var reads = await TimelineCheck.Run(reader, tickets, patience, problems);
        var breached = reads.Where(r => r.Value.StartBreachRecorded is not null).ToList();
        await LedgerCheck.Run(connectionString, breached.Select(b => b.Key), problems);

        var lateness = breached.Select(b => (Due: b.Value.StartDue, Seconds: (b.Value.StartBreachRecorded!.Value - b.Value.StartDue).TotalSeconds)).ToList();
        foreach (var (id, read) in breached.Where(b => b.Value.StartBreachRecorded - b.Value.StartDue > LatenessBound))
        {
            problems.Enqueue($"ticket {id}: start deadline due {read.StartDue:HH:mm:ss.f} acted on {(read.StartBreachRecorded!.Value - read.StartDue).TotalSeconds:0.0} s late, more than {LatenessBound.TotalSeconds} s");
        }

        var inFault = lateness.Where(l => l.Due >= fault.From && l.Due <= fault.To).ToList();
        results.Add($"{scenario}_acknowledged_tickets", tickets.Count, "tickets");
        results.Add($"{scenario}_deadlines_due", lateness.Count, "deadlines");
        results.Add($"{scenario}_deadlines_due_during_fault", inFault.Count, "deadlines");
        results.Add($"{scenario}_deadline_lateness_p50", Percentiles.Of(lateness.Select(l => l.Seconds), 0.5), "s");
        results.Add($"{scenario}_deadline_lateness_max", lateness.Count == 0 ? 0 : lateness.Max(l => l.Seconds), "s");
        results.Add($"{scenario}_deadline_lateness_max_during_fault", inFault.Count == 0 ? 0 : inFault.Max(l => l.Seconds), "s");
        results.Add($"{scenario}_invariant_problems", problems.Count, "problems");
        return [.. problems];
    }
}
