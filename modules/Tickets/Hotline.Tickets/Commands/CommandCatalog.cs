using System.Collections.Frozen;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Commands;

/// <summary>
/// Every ticket command's handler, the one list the parser, the transitions and the timeline read.
/// A new command adds its handler here (and its edges to <see cref="Workflow.AllowedCommands"/>).
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyList<ICommandHandler> All { get; } =
    [
        new StartHandler(), new ContactHandler(), new ReportPlanHandler(), new WaitForOwnerHandler(), new ResumeHandlingHandler(),
        new ResolveHandler(), new CallbackHandler(), new ReopenHandler(), new FileStatementHandler(), new ReviewStatementHandler(),
        new DecideHandler(), new CloseHandler(), new TransferHandler(), new CorrectCategoryHandler(), new RaiseSeverityHandler(),
        new RaiseRiskWarningHandler(), new ConfirmPlanHandler(), new ReturnPlanHandler(),
        new ConfirmCategoryHandler(),
        new RateHandler(), new AnswerRatingHandler(), new UrgeHandler(), new ConfirmResolutionHandler(),
        new AssignHandlerHandler(), new TakeTicketHandler(), new ReturnTicketHandler(),
    ];

    private static readonly FrozenDictionary<string, ICommandHandler> ByName = All.ToFrozenDictionary(h => h.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, ICommandHandler> ByType = All.ToFrozenDictionary(h => h.CommandType);

    /// <summary>The handler of the command named in a URL, or null for a name that is no command.</summary>
    public static ICommandHandler? For(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The handler of a command record, or null for a record no handler knows.</summary>
    public static ICommandHandler? For(TicketCommand command) => ByType.GetValueOrDefault(command.GetType());
}
