using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// The owner rates the resolution (overall, speed, attitude), by themselves or through the call center at the callback.
/// Once per resolution: <see cref="AllowedCommands"/> admits it only while the current resolution is unrated, and a
/// reopening clears the rating so the next resolution can be rated again.
/// </summary>
public sealed class RateHandler : CommandHandler<Rate>
{
    public override string Name => TicketCommands.Rate;

    public override ValueTask<Rate> Parse(CommandInput input) =>
        new(new Rate(input.RequestId, input.By, input.Body.Overall, input.Body.Speed, input.Body.Attitude, input.Body.Comment));

    public override Transition Apply(Ticket t, Rate c, TransitionContext x) =>
        Ratings.Check(c.Overall, c.Speed, c.Attitude)
        ?? Transition.To(t with { Rating = Ratings.Of(c.Overall, c.Speed, c.Attitude, c.Comment, c.Actor, x.Now) });

    public override string? Note(Rate c) => TimelineNote.Join(Ratings.Note(c.Overall, c.Speed, c.Attitude), c.Comment);
}
