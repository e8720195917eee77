using System.ComponentModel.DataAnnotations;

namespace Hotline.Tickets.Sla;

/// <summary>
/// The regulation's time limits (config/sla-policy.json, section Hotline:Sla). Defaults are the
/// regulation's own values (A13.2: the group's rules may change them). A ticket copies the limits
/// it was given at registration, so a policy change affects only new tickets.
/// </summary>
public sealed class SlaPolicyOptions
{
    public const string SectionName = "Hotline:Sla";

    /// <summary>A10.1.3.1: the liaison starts the workflow within 10 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan StartLimit { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A10.1.3.2: the owner is contacted and the plan fixed within 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan ContactLimit { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A10.3: plan reported within 4 hours for a general problem.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan PlanLimitGeneral { get; set; } = TimeSpan.FromHours(4);

    /// <summary>A10.3: plan reported within 1 day for a serious problem.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan PlanLimitSerious { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A10.2.3: a suggestion is decided and answered within 2 days.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan SuggestionReplyLimit { get; set; } = TimeSpan.FromDays(2);

    /// <summary>A10.4: a non-responsibility statement is filed within 2 days of dispatch.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan NonResponsibilityStatementLimit { get; set; } = TimeSpan.FromDays(2);
}
