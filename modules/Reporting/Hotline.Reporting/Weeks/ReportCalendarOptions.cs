namespace Hotline.Reporting.Weeks;

/// <summary>
/// Reporting's own holiday list (section Hotline:Reporting, key Holidays: local dates "yyyy-MM-dd"). Not the ticket
/// clocks' Hotline:Sla:Holidays: those are days without liaison duty (none by default, A9.2.1 keeps liaisons online
/// every day) and are not reachable through a contract; an office holiday moves a report's due day, not a ticket clock.
/// </summary>
public sealed class ReportCalendarOptions
{
    public const string SectionName = "Hotline:Reporting";

    public List<string> Holidays { get; set; } = [];
}
