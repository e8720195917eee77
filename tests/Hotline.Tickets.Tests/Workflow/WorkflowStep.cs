using System.Globalization;
using System.Reflection;
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

        // A command's own arguments are the members its record declares (the request id and actor are the base's).
        var args = new List<string>();
        foreach (var property in c.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.Name != nameof(c.Name)))
        {
            Add(args, char.ToLowerInvariant(property.Name[0]) + property.Name[1..], property.GetValue(c) switch
            {
                DateTimeOffset at => Format(at),
                IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                var value => value?.ToString(),
            });
        }

        Add(args, "remark", c.Remark);
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
