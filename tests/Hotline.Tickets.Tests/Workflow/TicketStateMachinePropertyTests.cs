using Hotline.Tickets.Contracts;
using Xunit.Abstractions;
using static Hotline.Tickets.Contracts.TicketCommands;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// Property tests of the ticket state machine (AllowedCommands + TicketTransitions + Clocks), no cluster:
/// for each kind and policy, <see cref="SequencesPerCase"/> seeded sequences of up to
/// <see cref="MaxCommands"/> commands (allowed ones with valid or invalid arguments, refused ones, unknown
/// ones), the clock moving minutes to days between them, and deadline ticks at random moments.
/// Every law of <see cref="WorkflowInvariants"/> is checked after every step; a failure names the seed
/// and the shrunk sequence.
/// </summary>
public sealed class TicketStateMachinePropertyTests(ITestOutputHelper output)
{
    public const int SequencesPerCase = 500;
    public const int MaxCommands = 40;

    public static TheoryData<TicketKind, string> Cases()
    {
        var cases = new TheoryData<TicketKind, string>();
        foreach (var kind in WorkflowSequences.Kinds)
        {
            foreach (var policy in WorkflowSequences.Policies)
            {
                cases.Add(kind, policy);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void StateMachine_RandomCommandSequences_KeepEveryInvariantAtEveryStep(TicketKind kind, string policy)
    {
        var (runs, coverage) = RunAll(kind, policy);

        output.WriteLine($"{runs.Count} sequences, {runs.Sum(r => r.Commands)} commands, {runs.Sum(r => r.Ticks)} ticks; exercised:\n{coverage}");
        var failures = runs.Where(r => r.Violation is not null).GroupBy(r => r.Violation!.Code).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => WorkflowSequences.Report(f.First(), f.Count(), runs.Count))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void StateMachine_RandomCommandSequences_ExerciseEveryStatusCommandAndClock(TicketKind kind, string policy)
    {
        var (_, coverage) = RunAll(kind, policy);

        string[] expected = kind == TicketKind.Suggestion
            ?
            [
                "status Dispatched", "status Resolved", "status Closed",
                $"applied {Decide}", $"applied {Transfer}", $"applied {CorrectCategory}", $"applied {Close}",
                $"invalid arguments {Decide}", $"refused {Start}", "refused escalate", "breach SuggestionReply", "tick recorded nothing",
            ]
            :
            [
                .. Enum.GetValues<TicketStatus>().Select(s => $"status {s}"),
                .. TicketCommands.All.Except([Decide, Close]).Select(c => $"applied {c}"),
                .. new[] { Contact, ReportPlan, WaitForOwner, Resolve, Callback, Reopen, FileStatement, ReviewStatement, Transfer, CorrectCategory, RaiseSeverity, ReturnPlan }.Select(c => $"invalid arguments {c}"),
                $"refused {Decide}", $"refused {Reopen}", "refused escalate",
                .. new[] { ClockKind.Start, ClockKind.Contact, ClockKind.Plan, ClockKind.Resolution, ClockKind.OwnerFollowUp }.Select(c => $"breach {c}"),
                "path: transfer while waiting on the owner", "path: wait on the owner before the plan", "path: closed after failed callbacks",
                "path: statement accepted while waiting on the owner", "path: resume after a transfer while waiting on the owner",
            ];
        var missing = expected.Where(feature => !coverage.Has(feature)).ToList();
        Assert.True(missing.Count == 0, $"never exercised: {string.Join(", ", missing)}\nexercised:\n{coverage}");
    }

    [Fact]
    public void Generate_SameSeed_ProducesTheSameSequenceAndOutcomes()
    {
        var seed = WorkflowSequences.Seed(TicketKind.Complaint, WorkflowSequences.Policies[0], 7);

        var first = WorkflowSequences.Generate(TicketKind.Complaint, WorkflowSequences.Policies[0], seed, MaxCommands);
        var again = WorkflowSequences.Generate(TicketKind.Complaint, WorkflowSequences.Policies[0], seed, MaxCommands);
        var replayed = WorkflowSequences.Replay(first.Start, seed, first.Steps);

        Assert.Equal(first.Steps.Select(s => s.ToString()), again.Steps.Select(s => s.ToString()));
        Assert.Equal(first.Outcomes, again.Outcomes);
        Assert.Equal(first.Outcomes, replayed.Outcomes);
    }

    private static (List<WorkflowRun> Runs, WorkflowCoverage Coverage) RunAll(TicketKind kind, string policy)
    {
        var runs = new List<WorkflowRun>(SequencesPerCase);
        var coverage = new WorkflowCoverage();
        for (var i = 0; i < SequencesPerCase; i++)
        {
            var run = WorkflowSequences.Generate(kind, policy, WorkflowSequences.Seed(kind, policy, i), MaxCommands);
            coverage.Merge(run.Coverage);
            runs.Add(run);
        }

        return (runs, coverage);
    }
}
