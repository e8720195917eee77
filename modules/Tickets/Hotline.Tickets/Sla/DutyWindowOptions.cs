namespace Hotline.Tickets.Sla;

/// <summary>Local duty hours, "HH:mm". End "24:00" (or "00:00") is midnight at the end of the day.</summary>
public sealed class DutyWindowOptions
{
    public string? Start { get; set; }

    public string? End { get; set; }
}
