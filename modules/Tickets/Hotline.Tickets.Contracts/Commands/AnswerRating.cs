using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>Staff answer the owner's rating (the body's note; blank counts as missing). Once per rating.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.AnswerRating")]
public sealed record AnswerRating(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Note) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.AnswerRating;
}
