using System.Collections.Immutable;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.Options;

namespace Hotline.Tickets.Sla;

/// <summary>
/// Resolves the limits a ticket gets at registration (A13.2: all of them configuration).
/// Precedence: every matching override applies, least specific first, so for each value the most
/// specific override that sets it wins, and what no override sets keeps the default. An override
/// naming the project beats any that doesn't; then category; then severity; then kind (see
/// <see cref="SlaRule.Specificity"/>). Extra holidays of all matching overrides add up.
/// </summary>
public sealed class SlaPolicy : ISlaLimits
{
    private readonly TicketLimits _defaults;
    private readonly ImmutableArray<SlaRule> _leastSpecificFirst;

    public SlaPolicy(SlaPolicyOptions options, TimeZoneInfo businessTimeZone)
    {
        var problems = SlaPolicyOptionsCheck.Problems(options)
            .Select(p => $"{SlaPolicyOptions.SectionName}:{string.Join(",", p.MemberNames)}: {p.ErrorMessage}")
            .ToArray();
        if (problems.Length > 0)
        {
            throw new OptionsValidationException(SlaPolicyOptions.SectionName, typeof(SlaPolicyOptions), problems);
        }

        var window = SlaConfigText.Window(options.DutyWindow)!.Value;
        var limits = options.Limits;
        _defaults = new TicketLimits(
            Spec(limits.Start), Spec(limits.Contact), Spec(limits.PlanGeneral), Spec(limits.PlanSerious),
            Spec(limits.SuggestionReply), Spec(limits.NonResponsibilityStatement), Spec(limits.ReopenWindow),
            limits.CallbackAttempts!.Value,
            new DutySchedule(businessTimeZone.Id, window.Start, window.End, [.. SlaConfigText.Dates(options.Holidays).Distinct().Order()]));
        _leastSpecificFirst = [.. options.Overrides.Select(SlaRule.From).OrderBy(rule => rule.Specificity)];
    }

    /// <summary>The limits with no override applied.</summary>
    public TicketLimits Defaults => _defaults;

    public TicketLimits Resolve(TicketKind kind, string category, Severity severity, string projectId) =>
        _leastSpecificFirst
            .Where(rule => rule.Matches(kind, category, severity, projectId))
            .Aggregate(_defaults, (limits, rule) => rule.ApplyTo(limits));

    private static LimitSpec Spec(LimitOptions? limit) => new(limit!.Duration!.Value, limit.DutyTimeOnly!.Value);
}
