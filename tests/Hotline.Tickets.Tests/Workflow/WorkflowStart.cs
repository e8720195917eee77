using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>How a generated ticket was registered: enough to build it again exactly.</summary>
internal sealed record WorkflowStart(
    TicketKind Kind,
    string Policy,
    DateTimeOffset At,
    string ProjectId,
    string? Category,
    Severity? Severity,
    string Text)
{
    public override string ToString() =>
        $"{WorkflowStep.Format(At)} register {Kind} policy={Policy} project={ProjectId} category={Category ?? "(classified)"} severity={Severity?.ToString() ?? "(suggested)"} text=\"{Text}\"";
}
