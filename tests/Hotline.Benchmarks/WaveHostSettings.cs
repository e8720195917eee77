using System.Globalization;

namespace Hotline.Benchmarks;

/// <summary>
/// The host's SLA settings that make a wave: the liaisons' duty window opens at <paramref name="opensAt"/> (tickets
/// registered before wait, their start clock counts duty time only), and the start limit is one minute, so every start
/// clock falls due at opensAt + 1 min. With a spread, project k of P gets the start limit 1 min + k × spread / P (a
/// per-project override), so the due times spread evenly over the spread after the first. The "deadline soon" notice
/// lead is <see cref="NoticeLead"/>: every ticket's notice falls due 30 s after the window opens, together (the issue's
/// 08:05 burst to a few inboxes), and goes to the generated project's liaison and manager, the same two people for every
/// project (GeneratedOrganisation).
/// </summary>
public static class WaveHostSettings
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan NoticeLead = TimeSpan.FromSeconds(30);

    public static Dictionary<string, string> Environment(DateTimeOffset registeredFrom, DateTimeOffset opensAt, TimeZoneInfo businessZone, IReadOnlyList<GeneratedProject> projects, int spreadSeconds)
    {
        var local = TimeZoneInfo.ConvertTime(opensAt, businessZone);
        if (local.TimeOfDay + StartLimit + TimeSpan.FromSeconds(spreadSeconds + 600) >= TimeSpan.FromDays(1))
        {
            // The window is a time of day: a wave that would cross local midnight is not what it measures.
            throw new InvalidOperationException($"the wave would open at {local:HH:mm:ss} {businessZone.Id} and run past midnight there: run it at another time");
        }

        if (TimeZoneInfo.ConvertTime(registeredFrom, businessZone).Date != local.Date)
        {
            // Registered the day before, a ticket is inside that day's window (it opened at the same time of day and
            // runs to midnight), so its clock starts at registration and it falls due before the wave.
            throw new InvalidOperationException($"the tickets would register before midnight {businessZone.Id} and the window open after it ({local:HH:mm:ss}): run it at another time");
        }

        var settings = new Dictionary<string, string>
        {
            ["Hotline__Sla__DutyWindow__Start"] = local.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            ["Hotline__Sla__DutyWindow__End"] = "24:00",
            ["Hotline__Sla__Limits__Start__Duration"] = Text(StartLimit),
            ["Hotline__Sla__Limits__Start__DutyTimeOnly"] = "true",
            ["Hotline__Escalation__DeadlineNoticeLead"] = Text(NoticeLead),
        };
        if (spreadSeconds > 0)
        {
            for (var k = 0; k < projects.Count; k++)
            {
                settings[$"Hotline__Sla__Overrides__{k}__ProjectId"] = projects[k].Id;
                settings[$"Hotline__Sla__Overrides__{k}__Limits__Start__Duration"] = Text(StartLimit + TimeSpan.FromSeconds((double)k * spreadSeconds / projects.Count));
                settings[$"Hotline__Sla__Overrides__{k}__Limits__Start__DutyTimeOnly"] = "true";
            }
        }

        return settings;
    }

    private static string Text(TimeSpan span) => span.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture);
}
