using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Routing;
using Hotline.Kernel;

namespace Hotline.Escalation.Api;

/// <summary>Turns a command request into a call on the warning grain, or into errors keyed by the field at fault.</summary>
public static class WarningCommandParser
{
    public const int MaxShortField = 200;
    public const int MaxText = 4000;
    public static readonly ImmutableArray<string> Commands = ["verify", "dismiss", "answer", "assign-departments"];

    public static (Func<IWarningGrain, Task<WarningOutcome>>? Call, Dictionary<string, string[]> Errors) Parse(string command, WarningCommandRequest r, Actor by)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Commands.Contains(command))
        {
            errors["command"] = [$"unknown command '{(command.Length > 40 ? command[..40] : command)}'; known: {string.Join(", ", Commands)}"];
        }

        Require(errors, command == "dismiss", "reason", r.Reason);
        Require(errors, command == "answer", "plan", r.Plan);
        if (command == "answer" && r.CompletionDueAt is null)
        {
            errors["completionDueAt"] = ["is required: when the plan will be carried out"];
        }

        var departments = r.Departments ?? [];
        if (command == "assign-departments" && (departments.Length == 0 || departments.Any(d => !Departments.TryNormalize(d, out _))))
        {
            errors["departments"] = [$"name one or more of: {string.Join(", ", Departments.Codes)}"];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        Func<IWarningGrain, Task<WarningOutcome>> call = command switch
        {
            "verify" => g => g.Verify(by),
            "dismiss" => g => g.Dismiss(by, r.Reason!.Trim()),
            "answer" => g => g.Answer(new WarningAnswer(r.Plan!.Trim(), r.CompletionDueAt!.Value, by, default)),
            _ => g => g.AssignDepartments(by, [.. departments]),
        };
        return (call, errors);
    }

    private static void Require(Dictionary<string, string[]> errors, bool needed, string field, string? value)
    {
        if (needed && (string.IsNullOrWhiteSpace(value) || value.Length > MaxText))
        {
            errors[field] = [$"is required (at most {MaxText} characters)"];
        }
    }
}
