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

    public abstract Transition Apply(Ticket ticket, TCommand command, TransitionContext context);

    public virtual string? Note(TCommand command) => null;

    /// <summary>Whether the command reads the body's note as one of its own arguments; if not, it is kept as the <see cref="TicketCommand.Remark"/>.</summary>
    protected virtual bool ReadsNote => false;

    async ValueTask<TicketCommand> ICommandHandler.Parse(CommandInput input)
    {
        var command = await Parse(input);
        return ReadsNote ? command : command with { Remark = input.Body.Note };
    }

    Transition ICommandHandler.Apply(Ticket ticket, TicketCommand command, TransitionContext context) =>
        Apply(ticket, (TCommand)command, context);

    string? ICommandHandler.Note(TicketCommand command) => Note((TCommand)command);
}
