using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>Turns a command request into a <see cref="TicketCommand"/>, or into errors keyed by the field at fault.</summary>
public static class TicketCommandParser
{
    public static async Task<(TicketCommand? Command, Dictionary<string, string[]> Errors)> Parse(string name, TicketCommandRequest r, Actor by, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TicketCommands.All.Contains(name))
        {
            errors["command"] = [$"unknown command '{(name.Length > 40 ? name[..40] : name)}'; known: {string.Join(", ", TicketCommands.All)}"];
        }

        // Every text field is bounded, read by this command or not: an unread field is still stored in the timeline.
        foreach (var (field, value, max) in new[]
        {
            ("requestId", r.RequestId, RegisterTicketValidator.MaxShortFieldLength), ("projectId", r.ProjectId, RegisterTicketValidator.MaxShortFieldLength),
            ("category", r.Category, RegisterTicketValidator.MaxShortFieldLength), ("department", r.Department, RegisterTicketValidator.MaxShortFieldLength),
            ("note", r.Note, RegisterTicketValidator.MaxTextLength), ("plan", r.Plan, RegisterTicketValidator.MaxTextLength),
            ("reason", r.Reason, RegisterTicketValidator.MaxTextLength),
        })
        {
            if (value?.Length > max)
            {
                errors[field] = [$"must be at most {max} characters"];
            }
        }

        Severity? severity = null;
        if (r.Severity is not null)
        {
            if (EnumNames.TryParse<Severity>(r.Severity, out var s))
            {
                severity = s;
            }
            else
            {
                errors["severity"] = [$"must be one of: {EnumNames.List<Severity>()}"];
            }
        }

        string? branchId = null;
        if (name == TicketCommands.Transfer && r.ProjectId is { Length: > 0 and <= RegisterTicketValidator.MaxShortFieldLength } projectId)
        {
            branchId = (await grains.GetGrain<IProjectGrain>(projectId).GetInfo())?.BranchId;
            if (branchId is null)
            {
                errors["projectId"] = [$"project '{projectId}' does not exist"];
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
