using Hotline.Organization.Contracts;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>Turns a command request into a <see cref="TicketCommand"/>, or into errors keyed by the field at fault.</summary>
public static class TicketCommandParser
{
    public static async Task<(TicketCommand? Command, Dictionary<string, string[]> Errors)> Parse(string name, TicketCommandRequest r, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TicketCommands.All.Contains(name))
        {
            errors["command"] = [$"unknown command '{(name.Length > 40 ? name[..40] : name)}'; known: {string.Join(", ", TicketCommands.All)}"];
        }

        if (string.IsNullOrWhiteSpace(r.PersonId) || r.PersonId.Length > RegisterTicketValidator.MaxShortFieldLength)
        {
            errors["personId"] = ["is required (at most 200 characters)"];
        }

        if (r.Role?.Length > RegisterTicketValidator.MaxShortFieldLength || r.RequestId?.Length > RegisterTicketValidator.MaxShortFieldLength)
        {
            errors[r.Role?.Length > RegisterTicketValidator.MaxShortFieldLength ? "role" : "requestId"] = ["must be at most 200 characters"];
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

        return (new TicketCommand(name, r.RequestId ?? Guid.NewGuid().ToString("N"), new Actor(r.PersonId!, r.Role ?? "Unspecified"))
        {
            Note = r.Note, Department = r.Department, Plan = r.Plan, CompletionDueAt = r.CompletionDueAt, FollowUpAt = r.FollowUpAt,
            Attempts = r.Attempts, Yes = r.Reached ?? r.Accepted ?? r.Adopted, Rating = r.Rating, ProjectId = r.ProjectId,
            BranchId = branchId, Category = r.Category, Severity = severity, Reason = r.Reason,
        }, errors);
    }
}
