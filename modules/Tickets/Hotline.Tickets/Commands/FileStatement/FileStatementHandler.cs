using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The project files a non-responsibility statement; the call center reviews it.</summary>
public sealed class FileStatementHandler : CommandHandler<FileStatement>
{
    public override string Name => TicketCommands.FileStatement;

    public override ValueTask<FileStatement> Parse(CommandInput input) =>
        new(new FileStatement(input.RequestId, input.By, CommandInput.Text(input.Body.Reason)));

    public override Transition Apply(Ticket t, FileStatement c, TransitionContext x) =>
        Arguments.Required(c.Reason, "reason") ?? Transition.To(t with { Statement = new NonResponsibilityStatement(x.Now, c.Actor, c.Reason, null, null, null) });

    public override string? Note(FileStatement c) => TimelineNote.Join($"reason: {c.Reason}");
}
