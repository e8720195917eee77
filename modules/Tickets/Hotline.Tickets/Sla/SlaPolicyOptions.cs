using System.ComponentModel.DataAnnotations;

namespace Hotline.Tickets.Sla;

/// <summary>
/// The regulation's time limits (config/sla-policy.json, section Hotline:Sla). Defaults are the
/// regulation's own values (A13.2: the group's rules may change them). A ticket copies the limits
/// it was given at registration, so a policy change affects only new tickets.
/// </summary>
public sealed class SlaPolicyOptions : IValidatableObject
{
    public const string SectionName = "Hotline:Sla";

    /// <summary>A8.3.1 / A10.1.3 product decision: liaisons are on duty 08:00–20:00 local time.</summary>
    public DutyWindowOptions DutyWindow { get; set; } = new() { Start = "08:00", End = "20:00" };

    /// <summary>Local dates ("yyyy-MM-dd") without duty time. None by default: A9.2.1 has liaisons online every day.</summary>
    public List<string> Holidays { get; set; } = [];

    public SlaLimitsOptions Limits { get; set; } = SlaLimitsOptions.RegulationDefaults();

    public List<SlaOverrideOptions> Overrides { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => SlaPolicyOptionsCheck.Problems(this);
}
