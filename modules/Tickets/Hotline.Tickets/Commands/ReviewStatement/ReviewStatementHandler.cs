using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// The call center reviews a pending statement. Accepted: an invalid complaint, kept but out of timeliness statistics.
/// Rejected: back to handling, clocks as they were.
/// </summary>
public sealed class ReviewStatementHandler : CommandHandler<ReviewStatement>
{
    public override string Name => TicketCommands.ReviewStatement;

    protected override bool ReadsNote => true;

    public override ValueTask<ReviewStatement> Parse(CommandInput input) =>
        new(new ReviewStatement(input.RequestId, input.By, input.Yes, input.Body.Note));

    public override Transition Apply(Ticket t, ReviewStatement c, TransitionContext x)
    {
        if (c.Accepted is not { } accepted)
        {
            return Transition.Invalid("accepted", "say whether the statement is accepted");
        }

        var statement = t.Statement! with { ReviewedAt = x.Now, Accepted = accepted, ReviewNote = c.Note };
        return Transition.To(accepted
            ? t with { Statement = statement, Status = TicketStatus.Invalid, WaitingOnOwner = null, Clocks = t.Clocks.Cancel(x.Now) }
            : t with { Statement = statement });
    }

    public override string? Note(ReviewStatement c) => TimelineNote.Join(
        c.Accepted is null ? null : c.Accepted.Value ? "accepted" : "rejected",
        c.Note);
}
