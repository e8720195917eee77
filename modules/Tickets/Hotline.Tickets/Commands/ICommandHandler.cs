using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>
/// Everything one ticket command does, in one place: how its HTTP body becomes the command, how it changes the
/// ticket, and the note it leaves in the timeline. <see cref="CommandCatalog"/> lists every handler.
/// </summary>
public interface ICommandHandler
{
    /// <summary>The command's name (<see cref="TicketCommands"/>), as in the URL.</summary>
    string Name { get; }

    Type CommandType { get; }

    /// <summary>Builds the command from the body; a problem found here is reported through <see cref="CommandInput.Fail"/>.</summary>
    ValueTask<TicketCommand> Parse(CommandInput input);

    /// <summary>The ticket afterwards (version not yet bumped), or the argument that is wrong. Pure.</summary>
    Transition Apply(Ticket ticket, TicketCommand command, TransitionContext context);

    /// <summary>The command's arguments in words for the timeline, or null when it has none.</summary>
    string? Note(TicketCommand command);
}
