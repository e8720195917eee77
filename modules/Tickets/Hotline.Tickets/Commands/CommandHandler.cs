using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The typed side of <see cref="ICommandHandler"/>: a handler sees only its own command record.</summary>
public abstract class CommandHandler<TCommand> : ICommandHandler
    where TCommand : TicketCommand
{
    public abstract string Name { get; }

    public Type CommandType => typeof(TCommand);

    public abstract ValueTask<TCommand> Parse(CommandInput input);

    public abstract Transition Apply(TicketView ticket, TCommand command, TransitionContext context);

    public virtual string? Note(TCommand command) => null;

    async ValueTask<TicketCommand> ICommandHandler.Parse(CommandInput input) => await Parse(input);

    Transition ICommandHandler.Apply(TicketView ticket, TicketCommand command, TransitionContext context) =>
        Apply(ticket, (TCommand)command, context);

    string? ICommandHandler.Note(TicketCommand command) => Note((TCommand)command);
}
