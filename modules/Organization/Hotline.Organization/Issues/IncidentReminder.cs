namespace Hotline.Organization.Issues;

/// <summary>
/// While a same-issue counter has an open incident, one reminder re-evaluates its window, so an episode ends (and its
/// warning closes) when tickets age out of the window even if no new report arrives. Durable: it survives a silo restart;
/// a late or repeated tick only re-evaluates.
/// </summary>
public static class IncidentReminder
{
    public const string Name = "incidents";

    /// <summary>How soon the end of an episode is noticed without a new report.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);
}
