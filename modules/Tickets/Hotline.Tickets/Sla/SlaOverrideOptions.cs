namespace Hotline.Tickets.Sla;

/// <summary>
/// Limits for the tickets that match every key given (Hotline:Sla:Overrides:n). A key left out matches
/// anything; at least one key is required. See <see cref="SlaPolicy"/> for which override wins.
/// </summary>
public sealed class SlaOverrideOptions
{
    /// <summary>Complaint, Repair or Suggestion.</summary>
    public string? Kind { get; set; }

    /// <summary>A category code ("engineering", "other", ...), matched ignoring case.</summary>
    public string? Category { get; set; }

    /// <summary>General or Serious.</summary>
    public string? Severity { get; set; }

    public string? ProjectId { get; set; }

    public SlaLimitsOptions Limits { get; set; } = new();

    /// <summary>Replaces the duty window, e.g. for a project whose liaisons keep other hours.</summary>
    public DutyWindowOptions? DutyWindow { get; set; }

    /// <summary>Added to the holidays of every less specific rule, never removing any.</summary>
    public List<string> ExtraHolidays { get; set; } = [];
}
