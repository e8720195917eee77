using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>A10.1.1 / A10.2.1: the category stays as suggested, now classified by a person (who and when are kept).</summary>
public sealed class ConfirmCategoryHandler : CommandHandler<ConfirmCategory>
{
    public override string Name => TicketCommands.ConfirmCategory;

    public override ValueTask<ConfirmCategory> Parse(CommandInput input) => new(new ConfirmCategory(input.RequestId, input.By));

    public override Transition Apply(Ticket t, ConfirmCategory c, TransitionContext x) =>
        Transition.To(t with { CategoryClassifiedAt = x.Now, CategoryClassifiedBy = c.Actor.PersonId });

    public override string? Note(ConfirmCategory c) => null;
}
