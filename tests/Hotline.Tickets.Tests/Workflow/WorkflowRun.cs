namespace Hotline.Tickets.Tests.Workflow;

/// <summary>One generated (or replayed) sequence: its steps, what each did, and the first broken law if any.</summary>
internal sealed record WorkflowRun(
    WorkflowStart Start,
    int Seed,
    IReadOnlyList<WorkflowStep> Steps,
    IReadOnlyList<string> Outcomes,
    InvariantViolation? Violation,
    WorkflowCoverage Coverage)
{
    public int Commands => Steps.Count(s => !s.IsTick);

    public int Ticks => Steps.Count(s => s.IsTick);
}
