using System.Collections.Immutable;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Sla;

/// <summary>One validated override: which tickets it matches and what it changes in their limits.</summary>
internal sealed record SlaRule(
    TicketKind? Kind,
    string? Category,
    Severity? Severity,
    string? ProjectId,
    ImmutableDictionary<string, LimitPatch> Limits,
    int? CallbackAttempts,
    (TimeOnly Start, TimeOnly End)? DutyWindow,
    ImmutableArray<DateOnly> ExtraHolidays)
{
    /// <summary>
    /// A rule naming the project outranks any rule that doesn't; then one naming the category; then
    /// severity; then kind. The weights are powers of two, so a higher key beats all lower keys together.
    /// </summary>
    public int Specificity => (ProjectId is null ? 0 : 8) + (Category is null ? 0 : 4) + (Severity is null ? 0 : 2) + (Kind is null ? 0 : 1);

    public static SlaRule From(SlaOverrideOptions options) => new(
        EnumNames.TryParse<TicketKind>(options.Kind, out var kind) ? kind : null,
        options.Category?.Trim(),
        EnumNames.TryParse<Severity>(options.Severity, out var severity) ? severity : null,
        options.ProjectId?.Trim(),
        options.Limits.Named().Where(l => l.Limit is not null).ToImmutableDictionary(l => l.Name, l => LimitPatch.From(l.Limit)!),
        options.Limits.CallbackAttempts,
        SlaConfigText.Window(options.DutyWindow),
        [.. SlaConfigText.Dates(options.ExtraHolidays)]);

    /// <summary>Two overrides with the same keys would tie: the check refuses them.</summary>
    public static bool SameMatch(SlaOverrideOptions first, SlaOverrideOptions second) =>
        string.Equals(first.Kind?.Trim(), second.Kind?.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(first.Category?.Trim(), second.Category?.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(first.Severity?.Trim(), second.Severity?.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(first.ProjectId?.Trim(), second.ProjectId?.Trim(), StringComparison.Ordinal);

    public bool Matches(TicketKind kind, string category, Severity severity, string projectId) =>
        (Kind is null || Kind == kind)
        && (Category is null || string.Equals(Category, category, StringComparison.OrdinalIgnoreCase))
        && (Severity is null || Severity == severity)
        && (ProjectId is null || string.Equals(ProjectId, projectId, StringComparison.Ordinal));

    public TicketLimits ApplyTo(TicketLimits limits) => limits with
    {
        Start = LimitPatch.Apply(Limits.GetValueOrDefault(nameof(limits.Start)), limits.Start),
        Contact = LimitPatch.Apply(Limits.GetValueOrDefault(nameof(limits.Contact)), limits.Contact),
        PlanGeneral = LimitPatch.Apply(Limits.GetValueOrDefault(nameof(limits.PlanGeneral)), limits.PlanGeneral),
        PlanSerious = LimitPatch.Apply(Limits.GetValueOrDefault(nameof(limits.PlanSerious)), limits.PlanSerious),
        SuggestionReply = LimitPatch.Apply(Limits.GetValueOrDefault(nameof(limits.SuggestionReply)), limits.SuggestionReply),
        NonResponsibilityStatement = LimitPatch.Apply(Limits.GetValueOrDefault(nameof(limits.NonResponsibilityStatement)), limits.NonResponsibilityStatement),
        ReopenWindow = LimitPatch.Apply(Limits.GetValueOrDefault(nameof(limits.ReopenWindow)), limits.ReopenWindow),
        CallbackAttempts = CallbackAttempts ?? limits.CallbackAttempts,
        Schedule = limits.Schedule with
        {
            DutyStart = DutyWindow?.Start ?? limits.Schedule.DutyStart,
            DutyEnd = DutyWindow?.End ?? limits.Schedule.DutyEnd,
            Holidays = [.. limits.Schedule.Holidays.Union(ExtraHolidays).Order()],
        },
    };
}
