using System.ComponentModel.DataAnnotations;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Sla;

/// <summary>
/// Checks the whole policy, naming each problem by its configuration key below Hotline:Sla
/// ("Overrides:0:Category"), because DataAnnotations alone would not look inside lists.
/// </summary>
internal static class SlaPolicyOptionsCheck
{
    private static readonly TimeSpan LongestLimit = TimeSpan.FromDays(366);

    public static IEnumerable<ValidationResult> Problems(SlaPolicyOptions options) =>
    [
        .. Window(options.DutyWindow, nameof(options.DutyWindow), required: true),
        .. Dates(options.Holidays, nameof(options.Holidays)),
        .. Limits(options.Limits, nameof(options.Limits), required: true),
        .. options.Overrides.SelectMany((rule, index) => Override(options.Overrides, index)),
    ];

    private static IEnumerable<ValidationResult> Override(List<SlaOverrideOptions> all, int index)
    {
        var rule = all[index];
        var at = $"{nameof(SlaPolicyOptions.Overrides)}:{index}";
        if (rule.Kind is not null && !EnumNames.TryParse<TicketKind>(rule.Kind, out _))
        {
            yield return Problem($"{at}:{nameof(rule.Kind)}", $"unknown ticket kind '{rule.Kind}' (use {EnumNames.List<TicketKind>()})");
        }

        if (rule.Severity is not null && !EnumNames.TryParse<Severity>(rule.Severity, out _))
        {
            yield return Problem($"{at}:{nameof(rule.Severity)}", $"unknown severity '{rule.Severity}' (use {EnumNames.List<Severity>()})");
        }

        foreach (var (key, value) in new[] { (nameof(rule.Category), rule.Category), (nameof(rule.ProjectId), rule.ProjectId) })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                yield return Problem($"{at}:{key}", "is empty; leave the key out to match every value");
            }
        }

        if (rule.Kind is null && rule.Category is null && rule.Severity is null && rule.ProjectId is null)
        {
            yield return Problem(at, "names no Kind, Category, Severity or ProjectId, so it would match every ticket; change the defaults instead");
        }
        else if (all.FindIndex(0, index, earlier => SlaRule.SameMatch(earlier, rule)) is var twin and >= 0)
        {
            yield return Problem(at, $"matches exactly the tickets of {nameof(SlaPolicyOptions.Overrides)}:{twin}; merge the two");
        }

        foreach (var problem in Limits(rule.Limits, $"{at}:{nameof(rule.Limits)}", required: false)
                     .Concat(Window(rule.DutyWindow, $"{at}:{nameof(rule.DutyWindow)}", required: false))
                     .Concat(Dates(rule.ExtraHolidays, $"{at}:{nameof(rule.ExtraHolidays)}")))
        {
            yield return problem;
        }
    }

    private static IEnumerable<ValidationResult> Limits(SlaLimitsOptions? limits, string at, bool required)
    {
        foreach (var (name, limit) in (limits ?? new()).Named())
        {
            if (required && (limit?.Duration is null || limit.DutyTimeOnly is null))
            {
                yield return Problem($"{at}:{name}", "needs both Duration and DutyTimeOnly");
            }
            else if (limit?.Duration is { } duration && (duration <= TimeSpan.Zero || duration > LongestLimit))
            {
                yield return Problem($"{at}:{name}:{nameof(limit.Duration)}", $"{duration} is not a positive duration of at most {LongestLimit.Days} days");
            }
        }

        if (required ? limits?.CallbackAttempts is not > 0 : limits?.CallbackAttempts is <= 0)
        {
            yield return Problem($"{at}:{nameof(SlaLimitsOptions.CallbackAttempts)}", "must be at least 1");
        }
    }

    private static IEnumerable<ValidationResult> Window(DutyWindowOptions? window, string at, bool required)
    {
        if (window is null)
        {
            if (required)
            {
                yield return Problem(at, "is required (Start and End, \"HH:mm\")");
            }

            yield break;
        }

        var startRead = SlaConfigText.TryParseTimeOfDay(window.Start, isWindowEnd: false, out var start);
        var endRead = SlaConfigText.TryParseTimeOfDay(window.End, isWindowEnd: true, out var end);
        if (!startRead)
        {
            yield return Problem($"{at}:{nameof(window.Start)}", $"'{window.Start}' is not a time of day (\"HH:mm\")");
        }

        if (!endRead)
        {
            yield return Problem($"{at}:{nameof(window.End)}", $"'{window.End}' is not a time of day (\"HH:mm\", or \"24:00\" for midnight)");
        }
        else if (startRead && start.ToTimeSpan() >= DutyCalendar.AfterMidnight(end))
        {
            yield return Problem($"{at}:{nameof(window.End)}", $"{window.End} is not after {window.Start}; windows do not cross midnight (\"00:00\"–\"24:00\" is the whole day)");
        }
    }

    private static IEnumerable<ValidationResult> Dates(List<string>? dates, string at) =>
        (dates ?? []).Select((text, index) => (text, index))
            .Where(d => !SlaConfigText.TryParseDate(d.text, out _))
            .Select(d => Problem($"{at}:{d.index}", $"'{d.text}' is not a date (\"yyyy-MM-dd\")"));

    private static ValidationResult Problem(string key, string message) => new(message, [key]);
}
