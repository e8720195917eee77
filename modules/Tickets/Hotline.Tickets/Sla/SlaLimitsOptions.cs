namespace Hotline.Tickets.Sla;

/// <summary>The regulation's limits (Hotline:Sla:Limits); the same shape, all optional, in an override.</summary>
public sealed class SlaLimitsOptions
{
    /// <summary>A10.1.3.1: start the workflow within 10 minutes of dispatch.</summary>
    public LimitOptions? Start { get; set; }

    /// <summary>A10.1.3.2: contact the owner and fix department and plan within 1 hour.</summary>
    public LimitOptions? Contact { get; set; }

    /// <summary>A10.3: a general problem's plan within 4 hours.</summary>
    public LimitOptions? PlanGeneral { get; set; }

    /// <summary>A10.3: a serious problem's plan within 1 day.</summary>
    public LimitOptions? PlanSerious { get; set; }

    /// <summary>A10.2.3: a suggestion decided and answered within 2 days.</summary>
    public LimitOptions? SuggestionReply { get; set; }

    /// <summary>A10.4: a non-responsibility statement within 2 days of dispatch.</summary>
    public LimitOptions? NonResponsibilityStatement { get; set; }

    /// <summary>Product decision: the owner may reopen a closed ticket within 7 days.</summary>
    public LimitOptions? ReopenWindow { get; set; }

    /// <summary>Product decision: callbacks tried before a ticket closes without the owner's rating.</summary>
    public int? CallbackAttempts { get; set; }

    /// <summary>The regulation's own values: what applies when configuration says nothing (A13.2).</summary>
    public static SlaLimitsOptions RegulationDefaults() => new()
    {
        Start = LimitOptions.OfDutyTime(TimeSpan.FromMinutes(10)),
        Contact = LimitOptions.OfDutyTime(TimeSpan.FromHours(1)),
        PlanGeneral = LimitOptions.OfDutyTime(TimeSpan.FromHours(4)),
        PlanSerious = LimitOptions.OfCalendarTime(TimeSpan.FromDays(1)),
        SuggestionReply = LimitOptions.OfCalendarTime(TimeSpan.FromDays(2)),
        NonResponsibilityStatement = LimitOptions.OfCalendarTime(TimeSpan.FromDays(2)),
        ReopenWindow = LimitOptions.OfCalendarTime(TimeSpan.FromDays(7)),
        CallbackAttempts = 3,
    };

    internal IEnumerable<(string Name, LimitOptions? Limit)> Named() =>
    [
        (nameof(Start), Start), (nameof(Contact), Contact), (nameof(PlanGeneral), PlanGeneral), (nameof(PlanSerious), PlanSerious),
        (nameof(SuggestionReply), SuggestionReply), (nameof(NonResponsibilityStatement), NonResponsibilityStatement), (nameof(ReopenWindow), ReopenWindow),
    ];
}
