using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>The human-readable note a command leaves in the timeline: its arguments, in words.</summary>
public static class TimelineNote
{
    public static string? For(TicketCommand c)
    {
        var parts = new List<string?>
        {
            c.Department is null ? null : $"department {c.Department}",
            c.Plan is null ? null : $"plan: {c.Plan}",
            c.CompletionDueAt is null ? null : $"completion by {c.CompletionDueAt:u}",
            c.FollowUpAt is null ? null : $"follow up by {c.FollowUpAt:u}",
            c.Yes is null ? null : c.Name switch
            {
                TicketCommands.Callback => c.Yes.Value ? "owner reached" : "owner not reached",
                TicketCommands.ReviewStatement => c.Yes.Value ? "accepted" : "rejected",
                TicketCommands.Decide => c.Yes.Value ? "adopted" : "not adopted",
                _ => null,
            },
            c.Rating is null ? null : $"rating {c.Rating}",
            c.ProjectId is null ? null : $"to project {c.ProjectId}",
            c.Category is null ? null : $"category {c.Category}",
            c.Severity is null ? null : $"severity {c.Severity}",
            c.Reason is null ? null : $"reason: {c.Reason}",
            c.Note,
        };
        var text = string.Join("; ", parts.Where(p => p is not null));
        return text.Length == 0 ? null : text;
    }
}
