namespace Hotline.Tickets.Contracts;

/// <summary>
/// One time limit: how long, and whether it counts only duty time (the liaison duty window, A8.3.1)
/// or plain elapsed time (day-based limits count calendar days: 1 day is 24 hours).
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.LimitSpec")]
public sealed record LimitSpec(
    [property: Id(0)] TimeSpan Duration,
    [property: Id(1)] bool DutyTimeOnly)
{
    public static LimitSpec OfDutyTime(TimeSpan duration) => new(duration, DutyTimeOnly: true);

    public static LimitSpec OfCalendarTime(TimeSpan duration) => new(duration, DutyTimeOnly: false);
}
