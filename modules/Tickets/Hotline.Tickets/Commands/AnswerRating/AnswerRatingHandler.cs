using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>Staff answer the owner's rating with a note; once per rating (<see cref="AllowedCommands"/> admits it while unanswered).</summary>
public sealed class AnswerRatingHandler : CommandHandler<AnswerRating>
{
    public override string Name => TicketCommands.AnswerRating;

    protected override bool ReadsNote => true;

    public override ValueTask<AnswerRating> Parse(CommandInput input) =>
        new(new AnswerRating(input.RequestId, input.By, CommandInput.Text(input.Body.Note)));

    public override Transition Apply(Ticket t, AnswerRating c, TransitionContext x) =>
        Arguments.Required(c.Note, "note")
        ?? Transition.To(t with { Rating = t.Rating! with { Answer = new RatingAnswer(c.Note, c.Actor, x.Now) } });

    public override string? Note(AnswerRating c) => TimelineNote.Join(c.Note);
}
