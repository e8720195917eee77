using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>Turns a command request into a <see cref="TicketCommand"/>, or into errors keyed by the field at fault.</summary>
public static class TicketCommandParser
{
    public static async Task<(TicketCommand? Command, Dictionary<string, string[]> Errors)> Parse(string name, TicketCommandRequest r, Actor by, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        if (!TicketCommands.All.Contains(name))
        {
            Fail("command", $"unknown command '{(name.Length > 40 ? name[..40] : name)}'; known: {string.Join(", ", TicketCommands.All)}");
        }

        // Every text field is bounded, read by this command or not: an unread field is still stored in the timeline.
        const int Short = RegisterTicketValidator.MaxShortFieldLength, Long = RegisterTicketValidator.MaxTextLength;
        RequestFields.CheckLengths(
            Fail,
            ("requestId", r.RequestId, Short), ("projectId", r.ProjectId, Short), ("category", r.Category, Short),
            ("department", r.Department, Short), ("note", r.Note, Long), ("plan", r.Plan, Long), ("reason", r.Reason, Long));

        var severity = RequestFields.ParseSeverity(r.Severity, Fail);

        string? branchId = null;
        if (name == TicketCommands.Transfer && r.ProjectId is { Length: > 0 and <= RegisterTicketValidator.MaxShortFieldLength } projectId)
        {
            branchId = (await grains.GetGrain<IProjectGrain>(projectId).GetInfo())?.BranchId;
            if (branchId is null)
            {
                Fail("projectId", $"project '{projectId}' does not exist");
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new TicketCommand(name, r.RequestId ?? Guid.NewGuid().ToString("N"), by)
        {
            Note = r.Note, Department = r.Department, Plan = r.Plan, CompletionDueAt = r.CompletionDueAt, FollowUpAt = r.FollowUpAt,
            Attempts = r.Attempts, Yes = r.Reached ?? r.Accepted ?? r.Adopted, Rating = r.Rating, ProjectId = r.ProjectId,
            BranchId = branchId, Category = r.Category, Severity = severity, Reason = r.Reason,
        }, errors);
    }
}
