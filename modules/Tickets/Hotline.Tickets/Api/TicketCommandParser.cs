using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Commands;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;

namespace Hotline.Tickets.Api;

/// <summary>
/// Turns a command request into its <see cref="TicketCommand"/> record, or into errors keyed by the field at fault:
/// the checks every command shares here, the command's own in its handler (<see cref="CommandCatalog"/>).
/// </summary>
public static class TicketCommandParser
{
    public static async Task<(TicketCommand? Command, Dictionary<string, string[]> Errors)> Parse(string name, TicketCommandRequest r, Actor by, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        var handler = CommandCatalog.For(name);
        if (handler is null)
        {
            Fail("command", $"unknown command '{(name.Length > 40 ? name[..40] : name)}'; known: {string.Join(", ", TicketCommands.All)}");
        }

        // Every text field is bounded, read by this command or not, so no command stores or forwards an unbounded one.
        const int Short = RegisterTicketValidator.MaxShortFieldLength, Long = RegisterTicketValidator.MaxTextLength;
        RequestFields.CheckLengths(
            Fail,
            ("requestId", r.RequestId, Short), ("projectId", r.ProjectId, Short), ("category", r.Category, Short),
            ("department", r.Department, Short), ("note", r.Note, Long), ("plan", r.Plan, Long), ("reason", r.Reason, Long),
            ("comment", r.Comment, Long),
            ("handlerId", r.HandlerId, Short));

        var severity = RequestFields.ParseSeverity(r.Severity, Fail);
        var command = handler is null
            ? null
            : await handler.Parse(new CommandInput(r, r.RequestId ?? Guid.NewGuid().ToString("N"), by, severity, grains, Fail));
        return errors.Count > 0 ? (null, errors) : (command, errors);
    }
}
