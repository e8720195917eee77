using Hotline.Organization.Contracts;
using Hotline.Tickets.Api;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// The ticket goes to another existing project: its open clocks cancelled and the first one started there. The dispatch
/// time stays the first dispatch (A10.4: a transfer does not reopen the 2-day statement window).
/// </summary>
public sealed class TransferHandler : CommandHandler<Transfer>
{
    public override string Name => TicketCommands.Transfer;

    /// <summary>Looks the project up (its branch goes with the ticket); an unknown one is a 400 naming projectId.</summary>
    public override async ValueTask<Transfer> Parse(CommandInput input)
    {
        string? branchId = null;
        if (input.Body.ProjectId is { Length: > 0 and <= RegisterTicketValidator.MaxShortFieldLength } projectId)
        {
            branchId = (await input.Grains.GetGrain<IProjectGrain>(projectId).GetInfo())?.BranchId;
            if (branchId is null)
            {
                input.Fail("projectId", $"project '{projectId}' does not exist");
            }
        }

        return new Transfer(input.RequestId, input.By, CommandInput.Text(input.Body.ProjectId), CommandInput.Text(branchId))
        {
            Reason = string.IsNullOrWhiteSpace(input.Body.Reason) ? null : input.Body.Reason.Trim(),
        };
    }

    public override Transition Apply(Ticket t, Transfer c, TransitionContext x)
    {
        if (string.IsNullOrWhiteSpace(c.ProjectId) || string.IsNullOrWhiteSpace(c.BranchId) || c.ProjectId == t.ProjectId)
        {
            return Transition.Invalid("projectId", "another existing project is required");
        }

        var first = t.Kind == TicketKind.Suggestion ? ClockKind.SuggestionReply : ClockKind.Start;
        return Transition.To(t with
        {
            ProjectId = c.ProjectId, BranchId = c.BranchId, Status = TicketStatus.Dispatched,
            Plan = null, WaitingOnOwner = null,
            // The new project's own dispatch gives it a handler (round-robin) or leaves it in its pool.
            Handler = null, HandlerSince = null,
            Clocks = t.Clocks.Cancel(x.Now).Start(first, x.Now, x.Rules.DueAt(first, t.Severity, x.Now)),
        });
    }

    public override string? Note(Transfer c) => TimelineNote.Join($"to project {c.ProjectId}", c.Reason is null ? null : $"reason: {c.Reason}");
}
