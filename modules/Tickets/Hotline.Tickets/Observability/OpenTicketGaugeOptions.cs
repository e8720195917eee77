using System.ComponentModel.DataAnnotations;

namespace Hotline.Tickets.Observability;

/// <summary>The open-tickets gauge's setting (key <c>Hotline:Metrics:OpenTicketsRefresh</c>, beside the host's metrics settings).</summary>
public sealed class OpenTicketGaugeOptions
{
    public const string SectionName = "Hotline:Metrics";

    /// <summary>
    /// How old the figures may get before a scrape asks the ticket list again. A scrape never waits for the database: it
    /// reads the last figures and, when they are older than this, starts one grouped count over the open tickets' partial
    /// index (migration 0029), so however often Prometheus scrapes, the database sees at most one count per period.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan OpenTicketsRefresh { get; set; } = TimeSpan.FromSeconds(30);
}
