using System.ComponentModel.DataAnnotations;

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
        .. options.Overrides.SelectMany((_, index) => SlaOverridesCheck.Problems(options.Overrides, index)),
    ];

    internal static IEnumerable<ValidationResult> Limits(SlaLimitsOptions? limits, string at, bool required)
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

    internal static IEnumerable<ValidationResult> Window(DutyWindowOptions? window, string at, bool required)
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

    internal static IEnumerable<ValidationResult> Dates(List<string>? dates, string at) =>
        (dates ?? []).Select((text, index) => (text, index))
            .Where(d => !SlaConfigText.TryParseDate(d.text, out _))
            .Select(d => Problem($"{at}:{d.index}", $"'{d.text}' is not a date (\"yyyy-MM-dd\")"));

    internal static ValidationResult Problem(string key, string message) => new(message, [key]);
}
