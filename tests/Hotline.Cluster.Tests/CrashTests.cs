using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Hotline.Cluster.Tests.Crash;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.TestKit;
using Npgsql;
using Xunit.Abstractions;

namespace Hotline.Cluster.Tests;

/// <summary>
/// A silo dies by SIGKILL while red warnings are being raised and verified through both hosts of a
/// two-host cluster. Every request is then replayed against the survivor, which reactivates the dead
/// silo's grains from PostgreSQL: each ticket must end with exactly one verified red warning (A11.4,
/// A11.r) and each warning with exactly one A12 deduction of 1 point, nothing lost, nothing twice.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int TicketCount = 30;
    private static readonly TimeSpan Overall = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Phase1Timeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromSeconds(90);
    private static readonly string[] Projects = ["p-sunrise", "p-riverside", "p-greenhill", "p-harbour"];
    private static readonly Dictionary<string, string> BranchOfProject = new()
    {
        ["p-sunrise"] = "north", ["p-riverside"] = "north", ["p-greenhill"] = "south", ["p-harbour"] = "south",
    };

    private static readonly TimeZoneInfo BusinessZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly Stopwatch _clock = new();

    [Fact]
    public async Task A11_4_A12_SiloKilledMidEscalation_NoWarningOrDeductionLostOrDuplicated()
    {
        var hosts = new List<CrashHost>();
        try
        {
            await Scenario(hosts).WaitAsync(Overall);
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    private async Task Scenario(List<CrashHost> hosts)
    {
        _clock.Start();
        var database = await TestPostgres.CreateDatabaseAsync("crash");
        var clusterId = $"crash-{Guid.NewGuid():N}"[..18];

        // A migrates the schema and seeds the demo organisation; B joins once A is up.
        var a = await CrashHost.StartAsync("A", database, clusterId);
        hosts.Add(a);
        Log("host A ready");
        var b = await CrashHost.StartAsync("B", database, clusterId);
        hosts.Add(b);
        Log("host B ready");
        CrashHost[] both = [a, b];

        var setupDeadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var ticketIds = new Guid[TicketCount];
        await Task.WhenAll(Enumerable.Range(0, TicketCount).Select(async i =>
        {
            var created = await Replay.Until(both[i % 2].Http, "/api/tickets", Register(i), HttpStatusCode.Created, setupDeadline);
            ticketIds[i] = created.Body.GetProperty("id").GetGuid();
        }));
        Log($"{TicketCount} tickets registered through A and B alternately");

        // Phase 1: every ticket's escalation, concurrently through both hosts; A dies while they run.
        var phase1 = new Phase1Counters();
        var killNow = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstRaise = new string[TicketCount];
        var escalations = Enumerable.Range(0, TicketCount)
            .Select(i => Task.Run(async () => firstRaise[i] = await Escalate(i, ticketIds[i], both[i % 2], both[1 - (i % 2)], phase1, killNow)))
            .ToArray();
        await Task.WhenAny(killNow.Task, Task.WhenAll(escalations));
        var answeredBeforeKill = phase1.Answered;
        await a.Kill();
        Log($"host A SIGKILLed with {answeredBeforeKill} of {3 * TicketCount} phase-1 requests answered");

        // Phase 2: every request again, same request ids and bodies, against the survivor until it succeeds.
        var replayDeadline = DateTime.UtcNow + ReplayWindow;
        var problems = new ConcurrentQueue<string>();
        var attempts = new ConcurrentBag<int>();
        await Task.WhenAll(Enumerable.Range(0, TicketCount).Select(i => ReplayAll(i, ticketIds[i], b, replayDeadline, problems, attempts)));
        Log($"replay against B finished: {attempts.Count} requests, {attempts.Sum()} attempts, at most {(attempts.IsEmpty ? 0 : attempts.Max())} for one request");
        await Task.WhenAll(escalations);
        Log($"phase 1 in total: {phase1.Ok} succeeded, {phase1.Failed} failed or unanswered, {phase1.Skipped} verifications not sent");

        // What the survivor's API and the database say.
        var verifiedMonths = await CheckTicketsAndWarnings(b, ticketIds, firstRaise, problems);
        await CheckLedger(database, ticketIds, problems);
        await CheckScores(b, ticketIds, verifiedMonths, problems);
        Log("checks done");

        Assert.True(problems.IsEmpty, $"{problems.Count} problem(s):\n{string.Join('\n', problems)}\n{b.Tail(15)}");
    }

    /// <summary>Raises through <paramref name="first"/>, then both verifications through both hosts; returns how the raise was answered.</summary>
    private static async Task<string> Escalate(int i, Guid ticketId, CrashHost first, CrashHost second, Phase1Counters counters, TaskCompletionSource killNow)
    {
        var raised = await Replay.Once(first.Http, $"/api/tickets/{ticketId}/raise-risk-warning", RaiseRisk(i), Phase1Timeout);
        counters.Count(raised, HttpStatusCode.OK);
        var described = $"first raise-risk-warning via host {first.Name}: {(raised is null ? "no answer" : $"{(int)raised.Status}")}";
        if (counters.Answered >= TicketCount / 3)
        {
            killNow.TrySetResult();
        }

        if (raised is not { Status: HttpStatusCode.OK } || raised.Body.GetProperty("warnings").GetArrayLength() != 1)
        {
            counters.Skip(2);
            return described;
        }

        var warningId = raised.Body.GetProperty("warnings")[0].GetGuid();
        var verified = await Task.WhenAll(
            Replay.Once(second.Http, $"/api/warnings/{warningId}/verify", VerifyBySupervisor, Phase1Timeout),
            Replay.Once(first.Http, $"/api/warnings/{warningId}/verify", VerifyByQualityHead, Phase1Timeout));
        foreach (var answer in verified)
        {
            counters.Count(answer, HttpStatusCode.OK);
        }

        return described;
    }

    /// <summary>
    /// Registration and raise-risk-warning are idempotent by request id (201 / 200 again); a repeated
    /// verification by a role that has verified already answers 200 with the warning, so 200 is the only success.
    /// </summary>
    private static async Task ReplayAll(int i, Guid ticketId, CrashHost survivor, DateTime deadline, ConcurrentQueue<string> problems, ConcurrentBag<int> attempts)
    {
        try
        {
            var created = await Replay.Until(survivor.Http, "/api/tickets", Register(i), HttpStatusCode.Created, deadline);
            attempts.Add(created.Attempts);
            var raised = await Replay.Until(survivor.Http, $"/api/tickets/{ticketId}/raise-risk-warning", RaiseRisk(i), HttpStatusCode.OK, deadline);
            attempts.Add(raised.Attempts);
            var warnings = raised.Body.GetProperty("warnings");
            if (warnings.GetArrayLength() != 1)
            {
                problems.Enqueue($"ticket {i} ({ticketId}): the replayed raise-risk-warning answered 200 with {warnings.GetArrayLength()} warning(s) {warnings}: nothing to verify");
                return;
            }

            var warningId = warnings[0].GetGuid();
            foreach (var verification in new[] { VerifyBySupervisor, VerifyByQualityHead })
            {
                var verified = await Replay.Until(survivor.Http, $"/api/warnings/{warningId}/verify", verification, HttpStatusCode.OK, deadline);
                attempts.Add(verified.Attempts);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            problems.Enqueue($"ticket {i} ({ticketId}): {e.Message}");
        }
    }

    /// <summary>
    /// Per ticket: exactly one warning id, the deterministic red risk warning, and that warning Verified by both roles.
    /// Returns the months (business time zone) the found warnings were verified in.
    /// </summary>
    private async Task<IReadOnlySet<string>> CheckTicketsAndWarnings(CrashHost survivor, Guid[] ticketIds, string[] firstRaise, ConcurrentQueue<string> problems)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var found = new ConcurrentDictionary<Guid, Guid>();
        var months = new ConcurrentDictionary<string, bool>();
        await Task.WhenAll(ticketIds.Select(async (ticketId, i) =>
        {
            var expected = WarningIds.ForTicket(ticketId, WarningTrigger.EscalationRisk, WarningLevel.Red);
            var ticket = (await Replay.Until(survivor.Http, $"/api/tickets/{ticketId}", null, HttpStatusCode.OK, deadline)).Body;
            var ids = ticket.GetProperty("warnings").EnumerateArray().Select(w => w.GetGuid()).ToList();
            if (ids.Count != 1 || ids[0] != expected || ticket.GetProperty("warningLevel").GetString() != "Red")
            {
                problems.Enqueue($"ticket {i} ({ticketId}): warnings [{string.Join(", ", ids)}], level '{ticket.GetProperty("warningLevel")}'; expected exactly [{expected}] Red; "
                    + $"{firstRaise[i]}; " + await Evidence(survivor, ticketId));
                return;
            }

            found[ticketId] = expected;
            var warning = (await Replay.Until(survivor.Http, $"/api/warnings/{expected}", null, HttpStatusCode.OK, deadline)).Body;
            if (warning.TryGetProperty("verifiedAt", out var at) && at.ValueKind == JsonValueKind.String)
            {
                months.TryAdd(PenaltyMonths.Of(at.GetDateTimeOffset(), BusinessZone), true);
            }

            var roles = warning.GetProperty("verifiedBy").EnumerateArray().Select(v => v.GetProperty("role").GetString()).Order().ToList();
            if (warning.GetProperty("level").GetString() != "Red" || warning.GetProperty("status").GetString() != "Verified"
                || !roles.SequenceEqual(["CallCenterSupervisor", "QualityDeptHead"]))
            {
                problems.Enqueue($"ticket {i}: warning {expected} is {warning.GetProperty("level")} {warning.GetProperty("status")} verified by [{string.Join(", ", roles)}]");
            }
        }));
        Log($"API: {found.Count} of {ticketIds.Length} tickets carry exactly their red warning");
        return months.Keys.ToHashSet();
    }

    /// <summary>penalty_ledger: one red deduction of 1 point per warning, for the ticket's branch, and no other row.</summary>
    private async Task CheckLedger(string database, Guid[] ticketIds, ConcurrentQueue<string> problems)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var deductions = await Scalar<long>(connection, "select count(*) from penalty_ledger where kind = 'deduction'");
        var distinct = await Scalar<long>(connection, "select count(distinct warning_id) from penalty_ledger where kind = 'deduction'");
        var others = await Scalar<long>(connection, "select count(*) from penalty_ledger where kind <> 'deduction' or level <> 'Red' or points <> 1.0");
        Log($"penalty_ledger: {deductions} deductions for {distinct} distinct warnings, {others} other rows");
        if (deductions != TicketCount || distinct != TicketCount || others != 0)
        {
            problems.Enqueue($"penalty_ledger: {deductions} deductions for {distinct} distinct warnings and {others} other rows; expected {TicketCount} red deductions of 1 point, one per warning");
        }

        var booked = new Dictionary<Guid, string?>();
        await using (var command = new NpgsqlCommand("select warning_id, branch_id from penalty_ledger where kind = 'deduction'", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                booked[reader.GetGuid(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        var expectedWarnings = ticketIds.Select(t => WarningIds.ForTicket(t, WarningTrigger.EscalationRisk, WarningLevel.Red)).ToArray();
        for (var i = 0; i < ticketIds.Length; i++)
        {
            var expected = expectedWarnings[i];
            var branch = BranchOfProject[Projects[i % Projects.Length]];
            if (!booked.TryGetValue(expected, out var bookedBranch))
            {
                problems.Enqueue($"penalty_ledger: no deduction for the red warning {expected} of ticket {i} ({ticketIds[i]})");
            }
            else if (bookedBranch != branch)
            {
                problems.Enqueue($"penalty_ledger: the deduction for warning {expected} of ticket {i} is booked to branch '{bookedBranch}', not '{branch}'");
            }
        }

        var strangers = booked.Keys.Except(expectedWarnings).ToList();
        if (strangers.Count > 0)
        {
            problems.Enqueue($"penalty_ledger: deductions for warnings no ticket raised: {string.Join(", ", strangers)}");
        }
    }

    /// <summary>GET /api/scores for every month a warning was verified in: N red warnings and N points over the branches, per branch as registered.</summary>
    private async Task CheckScores(CrashHost survivor, Guid[] ticketIds, IReadOnlySet<string> months, ConcurrentQueue<string> problems)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var red = new Dictionary<string, int>();
        var points = new Dictionary<string, decimal>();
        var qualityDeptRed = 0;
        foreach (var month in months)
        {
            var scores = (await Replay.Until(survivor.QualityDept, $"/api/scores?month={month}", null, HttpStatusCode.OK, deadline)).Body;
            foreach (var branch in scores.GetProperty("branches").EnumerateArray())
            {
                var id = branch.GetProperty("branchId").GetString()!;
                red[id] = red.GetValueOrDefault(id) + branch.GetProperty("red").GetInt32();
                points[id] = points.GetValueOrDefault(id) + branch.GetProperty("points").GetDecimal();
            }

            qualityDeptRed += scores.GetProperty("qualityDept").GetProperty("red").GetInt32();
        }

        Log($"scores for {string.Join(", ", months)}: {string.Join(", ", red.Select(r => $"{r.Key} red {r.Value} points {points[r.Key]}"))}; QualityDept red {qualityDeptRed}");
        if (red.Values.Sum() != TicketCount || points.Values.Sum() != TicketCount * 1.0m || qualityDeptRed != TicketCount)
        {
            problems.Enqueue($"scores: {red.Values.Sum()} red warnings and {points.Values.Sum()} points over the branches, QualityDept red {qualityDeptRed}; expected {TicketCount} and {TicketCount * 1.0m}");
        }

        var expectedPerBranch = Enumerable.Range(0, ticketIds.Length).GroupBy(i => BranchOfProject[Projects[i % Projects.Length]]).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (branch, count) in expectedPerBranch)
        {
            if (red.GetValueOrDefault(branch) != count)
            {
                problems.Enqueue($"scores: branch {branch} shows {red.GetValueOrDefault(branch)} red warnings, expected {count}");
            }
        }
    }

    /// <summary>What the survivor knows about a ticket whose warning is missing: its timeline and whether the warning grain itself exists.</summary>
    private static async Task<string> Evidence(CrashHost survivor, Guid ticketId)
    {
        var expected = WarningIds.ForTicket(ticketId, WarningTrigger.EscalationRisk, WarningLevel.Red);
        var warning = await Replay.Once(survivor.Http, $"/api/warnings/{expected}", null);
        var timeline = await Replay.Once(survivor.Http, $"/api/tickets/{ticketId}/timeline", null);
        var actions = timeline is { Status: HttpStatusCode.OK }
            ? string.Join(" → ", timeline.Body.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()))
            : $"timeline unavailable ({timeline?.Status})";
        var grain = warning is { Status: HttpStatusCode.OK } ? $"exists, {warning.Body.GetProperty("status")}" : $"answers {warning?.Status}";
        var logged = survivor.Output.Split('\n').Where(l => l.Contains($"{expected:N}", StringComparison.Ordinal) || l.Contains($"{ticketId:N}", StringComparison.Ordinal))
            .Select(l => l.Length > 400 ? l[..400] + "…" : l).Distinct().Take(3).ToList();
        return $"timeline: {actions}; warning grain {expected}: {grain}" + (logged.Count == 0 ? "" : $"; host {survivor.Name} logged:\n    " + string.Join("\n    ", logged));
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static object Register(int i) => new
    {
        requestId = $"crash-ticket-{i}",
        kind = "Complaint",
        projectId = Projects[i % Projects.Length],
        text = $"第{i + 1}棟外牆脫落砸壞車輛，業主說要找電視台",
        householdNotGiven = true,
    };

    private static object RaiseRisk(int i) => new
    {
        requestId = $"crash-risk-{i}",
        personId = "cc-agent-1",
        role = "CallCenterAgent",
        reason = $"業主聯繫了電視台（第{i + 1}棟）",
    };

    private static readonly object VerifyBySupervisor = new { personId = "cc-supervisor", role = "CallCenterSupervisor" };
    private static readonly object VerifyByQualityHead = new { personId = "qd-head", role = "QualityDeptHead" };

    private void Log(string message) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:0.0} s  {message}");

    /// <summary>Phase-1 outcomes, counted from many concurrent escalations.</summary>
    private sealed class Phase1Counters
    {
        private int _ok;
        private int _failed;
        private int _skipped;

        public int Ok => Volatile.Read(ref _ok);

        public int Failed => Volatile.Read(ref _failed);

        public int Skipped => Volatile.Read(ref _skipped);

        public int Answered => Ok + Failed;

        public void Count(Answer? answer, HttpStatusCode wanted)
        {
            if (answer?.Status == wanted)
            {
                Interlocked.Increment(ref _ok);
            }
            else
            {
                Interlocked.Increment(ref _failed);
            }
        }

        public void Skip(int requests) => Interlocked.Add(ref _skipped, requests);
    }
}
