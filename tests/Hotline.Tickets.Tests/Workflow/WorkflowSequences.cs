using System.Text;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;
using static Hotline.Tickets.Contracts.TicketCommands;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// Generates seeded command sequences (deterministic: the same seed is the same sequence), replays
/// them, and shrinks a failing one by dropping steps while the same law still breaks.
/// </summary>
internal static class WorkflowSequences
{
    public const double TickShare = 0.4;

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly string[] Texts = ["電梯門關不上", "樓道燈不亮", "建議增設充電樁", "水管爆了!", "保安不巡邏", "垃圾沒人清!"];

    public static IReadOnlyList<TicketKind> Kinds { get; } = [TicketKind.Complaint, TicketKind.Repair, TicketKind.Suggestion];

    public static IReadOnlyList<string> Policies { get; } = [WorkflowWorld.DutyHours, WorkflowWorld.AroundTheClock];

    public static int Seed(TicketKind kind, string policy, int index) =>
        ((int)kind * 100_000) + (Policies.ToList().IndexOf(policy) * 10_000) + index;

    public static WorkflowRun Generate(TicketKind kind, string policy, int seed, int maxCommands)
    {
        var random = new Random(seed);
        var start = new WorkflowStart(
            kind, policy, Epoch + CommandGenerator.Span(random, TimeSpan.Zero, TimeSpan.FromDays(365)),
            WorkflowWorld.Projects[random.Next(WorkflowWorld.Projects.Count)].ProjectId,
            Pick<string?>(random, null, TestCategoryHandler.CategoryCode, "other"),
            Pick<Severity?>(random, null, Severity.General, Severity.Serious),
            Texts[random.Next(Texts.Length)]);
        var simulator = new TicketSimulator(start);
        var run = new Recorder(simulator, seed);
        run.Violation = simulator.CheckRegistered();
        for (var commands = 0; run.Violation is null && commands < maxCommands && !IsOver(simulator); commands++)
        {
            var at = simulator.Now + Advance(random);
            if (random.NextDouble() < TickShare)
            {
                var tickAt = random.NextDouble() < 0.3 && simulator.Ticket.Clocks.NextDue() is { } due && due >= simulator.Now && due <= at
                    ? due
                    : simulator.Now + CommandGenerator.Span(random, TimeSpan.Zero, at - simulator.Now);
                run.Do(WorkflowStep.Tick(tickAt));
                if (run.Violation is null && random.NextDouble() < 0.15)
                {
                    run.Do(WorkflowStep.Tick(tickAt));
                }
            }

            if (run.Violation is null)
            {
                run.Do(CommandGenerator.Next(random, simulator.Ticket, at, simulator.Rules, $"r{seed}-{commands}"));
            }
        }

        if (run.Violation is null)
        {
            // However the sequence ended, a late tick long after it must keep every law.
            run.Do(WorkflowStep.Tick(simulator.Now + TimeSpan.FromDays(30)));
        }

        return run.ToRun();
    }

    public static WorkflowRun Replay(WorkflowStart start, int seed, IEnumerable<WorkflowStep> steps)
    {
        var simulator = new TicketSimulator(start);
        var run = new Recorder(simulator, seed) { Violation = simulator.CheckRegistered() };
        foreach (var step in steps)
        {
            if (run.Violation is not null)
            {
                break;
            }

            run.Do(step);
        }

        return run.ToRun();
    }

    /// <summary>Drops steps one at a time, keeping each drop that still breaks the same law, until no drop does.</summary>
    public static WorkflowRun Shrink(WorkflowRun failing)
    {
        var code = failing.Violation!.Code;
        var current = failing;
        for (var progress = true; progress;)
        {
            progress = false;
            for (var i = current.Steps.Count - 1; i >= 0; i--)
            {
                if (i >= current.Steps.Count)
                {
                    continue;
                }

                var candidate = Replay(current.Start, current.Seed, current.Steps.Where((_, j) => j != i));
                if (candidate.Violation?.Code == code)
                {
                    current = candidate;
                    progress = true;
                }
            }
        }

        return current;
    }

    /// <summary>The seed, how to reproduce it, and the shrunk sequence with what each step did.</summary>
    public static string Report(WorkflowRun failing, int failingSequences, int sequences)
    {
        var shrunk = Shrink(failing);
        var text = new StringBuilder()
            .AppendLine($"Invariant '{failing.Violation!.Code}' broken in {failingSequences} of {sequences} sequences.")
            .AppendLine($"First: {failing.Start.Kind}, policy {failing.Start.Policy}, seed {failing.Seed} (reproduce: WorkflowSequences.Generate(TicketKind.{failing.Start.Kind}, \"{failing.Start.Policy}\", {failing.Seed}, {TicketStateMachinePropertyTests.MaxCommands}))")
            .AppendLine($"  at step {failing.Steps.Count} of the generated sequence: {failing.Violation}")
            .AppendLine($"Shrunk from {failing.Steps.Count} to {shrunk.Steps.Count} steps: {shrunk.Violation}")
            .AppendLine($"  0. {shrunk.Start}");
        for (var i = 0; i < shrunk.Steps.Count; i++)
        {
            text.AppendLine($"  {i + 1}. {shrunk.Steps[i]}  =>  {shrunk.Outcomes[i]}");
        }

        return text.ToString();
    }

    private static bool IsOver(TicketSimulator simulator) =>
        simulator.Ticket.Status == TicketStatus.Invalid
        || (simulator.Ticket.Status == TicketStatus.Closed && AllowedCommands.For(simulator.Ticket, simulator.Now, simulator.Rules).IsEmpty);

    /// <summary>Minutes to days: enough to meet clocks in time, to breach them, and to outlive the reopen and statement windows.</summary>
    private static TimeSpan Advance(Random random) => random.NextDouble() switch
    {
        < 0.05 => TimeSpan.Zero,
        < 0.45 => CommandGenerator.Span(random, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(59)),
        < 0.75 => CommandGenerator.Span(random, TimeSpan.FromHours(1), TimeSpan.FromHours(12)),
        < 0.92 => CommandGenerator.Span(random, TimeSpan.FromHours(12), TimeSpan.FromDays(3)),
        _ => CommandGenerator.Span(random, TimeSpan.FromDays(3), TimeSpan.FromDays(9)),
    };

    private static T Pick<T>(Random random, params T[] options) => options[random.Next(options.Length)];

    /// <summary>Runs steps on a simulator, keeping the trace and noting what each step exercised.</summary>
    private sealed class Recorder(TicketSimulator simulator, int seed)
    {
        private readonly List<WorkflowStep> _steps = [];
        private readonly List<string> _outcomes = [];
        private readonly WorkflowCoverage _coverage = new();
        private bool _transferredWhileWaiting;

        public InvariantViolation? Violation { get; set; }

        public void Do(WorkflowStep step)
        {
            var before = simulator.Ticket;
            var (outcome, violation) = simulator.Run(step);
            _steps.Add(step);
            _outcomes.Add(outcome);
            Violation = violation;
            Note(before, simulator.Ticket, step);
        }

        public WorkflowRun ToRun() => new(simulator.Start, seed, _steps, _outcomes, Violation, _coverage);

        private void Note(Ticket before, Ticket after, WorkflowStep step)
        {
            var applied = after.Version != before.Version;
            _coverage.Add($"status {after.Status}");
            if (step.Command is not { } c)
            {
                _coverage.Add(applied ? "tick recorded a breach" : "tick recorded nothing");
                foreach (var kind in after.Clocks.Where((clock, i) => i < before.Clocks.Length && clock.BreachRecordedAt is not null && before.Clocks[i].BreachRecordedAt is null).Select(clock => clock.Kind))
                {
                    _coverage.Add($"breach {kind}");
                }

                return;
            }

            var allowed = AllowedCommands.For(before, step.At, simulator.Rules).Contains(c.Name);
            _coverage.Add(applied ? $"applied {c.Name}" : allowed ? $"invalid arguments {c.Name}" : $"refused {c.Name}");
            if (!applied)
            {
                return;
            }

            if (c.Name == Transfer && before.WaitingOnOwner is not null)
            {
                _coverage.Add("path: transfer while waiting on the owner");
                _transferredWhileWaiting = true;
            }

            if (c.Name == ResumeHandling && _transferredWhileWaiting)
            {
                _coverage.Add("path: resume after a transfer while waiting on the owner");
            }

            if (c.Name == WaitForOwner && before.Status == TicketStatus.Contacted)
            {
                _coverage.Add("path: wait on the owner before the plan");
            }

            if (c is Hotline.Tickets.Contracts.Commands.Callback { Reached: false } && after.Status == TicketStatus.Closed)
            {
                _coverage.Add("path: closed after failed callbacks");
            }

            if (c.Name == Reopen && before.Feedback is { Rating: null })
            {
                _coverage.Add("path: reopen after failed callbacks");
            }

            if (c.Name == ReviewStatement && before.WaitingOnOwner is not null && after.Status == TicketStatus.Invalid)
            {
                _coverage.Add("path: statement accepted while waiting on the owner");
            }
        }
    }
}
