using System.Globalization;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// One generated step: at <see cref="At"/>, either a command (as the grain's Execute receives it) or,
/// when <see cref="Command"/> is null, a deadline tick (the breach recording ReceiveReminder does).
/// <see cref="ArgumentsValid"/> says whether the generator meant the arguments to be valid.
/// </summary>
internal sealed record WorkflowStep(DateTimeOffset At, TicketCommand? Command, bool ArgumentsValid)
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public bool IsTick => Command is null;

    public static WorkflowStep Tick(DateTimeOffset at) => new(at, null, true);

    public static string Format(DateTimeOffset at) => at.ToOffset(Shanghai).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    public override string ToString()
    {
        if (Command is not { } c)
        {
            return $"{Format(At)} tick";
        }

        var args = new List<string>();
        Add(args, "note", c.Note);
        Add(args, "department", c.Department);
        Add(args, "plan", c.Plan);
        Add(args, "completionDueAt", c.CompletionDueAt is { } due ? Format(due) : null);
        Add(args, "yes", c.Yes?.ToString());
        Add(args, "rating", c.Rating?.ToString(CultureInfo.InvariantCulture));
        Add(args, "projectId", c.ProjectId);
        Add(args, "branchId", c.BranchId);
        Add(args, "category", c.Category);
        Add(args, "severity", c.Severity?.ToString());
        Add(args, "attempts", c.Attempts?.ToString(CultureInfo.InvariantCulture));
        Add(args, "reason", c.Reason);
        Add(args, "followUpAt", c.FollowUpAt is { } followUp ? Format(followUp) : null);
        return $"{Format(At)} {c.Name}({string.Join(", ", args)}){(ArgumentsValid ? "" : " [invalid arguments]")}";
    }

    private static void Add(List<string> args, string name, string? value)
    {
        if (value is not null)
        {
            args.Add($"{name}={(value.Length > 40 ? $"<{value.Length} chars>" : $"\"{value}\"")}");
        }
    }
}
