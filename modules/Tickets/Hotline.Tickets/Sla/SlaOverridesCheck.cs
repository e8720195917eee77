using System.ComponentModel.DataAnnotations;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Sla;

/// <summary>Checks one override (Hotline:Sla:Overrides:n): known names, something to match, no twin.</summary>
internal static class SlaOverridesCheck
{
    public static IEnumerable<ValidationResult> Problems(List<SlaOverrideOptions> all, int index)
    {
        var rule = all[index];
        var at = $"{nameof(SlaPolicyOptions.Overrides)}:{index}";
        if (rule.Kind is not null && !EnumNames.TryParse<TicketKind>(rule.Kind, out _))
        {
            yield return SlaPolicyOptionsCheck.Problem($"{at}:{nameof(rule.Kind)}", $"unknown ticket kind '{rule.Kind}' (use {EnumNames.List<TicketKind>()})");
        }

        if (rule.Severity is not null && !EnumNames.TryParse<Severity>(rule.Severity, out _))
        {
            yield return SlaPolicyOptionsCheck.Problem($"{at}:{nameof(rule.Severity)}", $"unknown severity '{rule.Severity}' (use {EnumNames.List<Severity>()})");
        }

        foreach (var (key, value) in new[] { (nameof(rule.Category), rule.Category), (nameof(rule.ProjectId), rule.ProjectId) })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                yield return SlaPolicyOptionsCheck.Problem($"{at}:{key}", "is empty; leave the key out to match every value");
            }
        }

        if (rule.Kind is null && rule.Category is null && rule.Severity is null && rule.ProjectId is null)
        {
            yield return SlaPolicyOptionsCheck.Problem(at, "names no Kind, Category, Severity or ProjectId, so it would match every ticket; change the defaults instead");
        }
        else if (all.FindIndex(0, index, earlier => SlaRule.SameMatch(earlier, rule)) is var twin and >= 0)
        {
            yield return SlaPolicyOptionsCheck.Problem(at, $"matches exactly the tickets of {nameof(SlaPolicyOptions.Overrides)}:{twin}; merge the two");
        }

        foreach (var problem in SlaPolicyOptionsCheck.Limits(rule.Limits, $"{at}:{nameof(rule.Limits)}", required: false)
                     .Concat(SlaPolicyOptionsCheck.Window(rule.DutyWindow, $"{at}:{nameof(rule.DutyWindow)}", required: false))
                     .Concat(SlaPolicyOptionsCheck.Dates(rule.ExtraHolidays, $"{at}:{nameof(rule.ExtraHolidays)}")))
        {
            yield return problem;
        }
    }
}
