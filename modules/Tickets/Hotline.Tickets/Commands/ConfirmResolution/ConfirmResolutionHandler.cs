using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// The owner confirms the resolution: the ticket closes as a reached callback closes it (no callback is needed after
/// the owner's own word), with the owner's rating when the body gives one. The callback's record (attempts, rating)
/// is left as it is: it says what the call center did, and this says what the owner did.
/// </summary>
public sealed class ConfirmResolutionHandler : CommandHandler<ConfirmResolution>
{
    public override string Name => TicketCommands.ConfirmResolution;

    public override ValueTask<ConfirmResolution> Parse(CommandInput input) =>
        new(new ConfirmResolution(input.RequestId, input.By, input.Body.Overall, input.Body.Speed, input.Body.Attitude, input.Body.Comment));

    public override Transition Apply(Ticket t, ConfirmResolution c, TransitionContext x)
    {
        var rates = Ratings.Given(c.Overall, c.Speed, c.Attitude);
        if (rates && t.Rating is not null)
        {
            // Once per resolution: the scores are not silently replaced.
            return Transition.Invalid("overall", "this resolution is already rated; confirm without scores");
        }

        return (rates ? Ratings.Check(c.Overall, c.Speed, c.Attitude) : null) ?? Transition.To(t with
        {
            Status = TicketStatus.Closed,
            ClosedAt = x.Now,
            ResolutionConfirmed = new ResolutionConfirmation(c.Actor, x.Now),
            Rating = rates ? Ratings.Of(c.Overall, c.Speed, c.Attitude, c.Comment, c.Actor, x.Now) : t.Rating,
        });
    }

    public override string? Note(ConfirmResolution c) => TimelineNote.Join(
        "resolution confirmed",
        Ratings.Given(c.Overall, c.Speed, c.Attitude) ? Ratings.Note(c.Overall, c.Speed, c.Attitude) : null,
        c.Comment);
}
