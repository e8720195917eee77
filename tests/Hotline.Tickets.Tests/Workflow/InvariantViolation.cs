namespace Hotline.Tickets.Tests.Workflow;

/// <summary>A broken invariant: a stable code (used to shrink a failing sequence) and what was seen.</summary>
internal sealed record InvariantViolation(string Code, string Detail)
{
    public override string ToString() => $"{Code}: {Detail}";
}
