using System.Collections.Immutable;

namespace Hotline.Tickets.Contracts;

/// <summary>
/// When duty-time limits run: every local day from <see cref="DutyStart"/> to <see cref="DutyEnd"/>
/// in <see cref="TimeZoneId"/> (an IANA id), except on <see cref="Holidays"/> (local dates).
/// A <see cref="DutyEnd"/> of 00:00 means midnight at the end of the day, so 00:00–00:00 is round the clock.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.DutySchedule")]
public sealed record DutySchedule(
    [property: Id(0)] string TimeZoneId,
    [property: Id(1)] TimeOnly DutyStart,
    [property: Id(2)] TimeOnly DutyEnd,
    [property: Id(3)] ImmutableArray<DateOnly> Holidays)
{
    // An array compares by reference; two schedules with the same days are the same schedule.
    public bool Equals(DutySchedule? other) =>
        other is not null
        && TimeZoneId == other.TimeZoneId
        && DutyStart == other.DutyStart
        && DutyEnd == other.DutyEnd
        && Holidays.AsSpan().SequenceEqual(other.Holidays.AsSpan());

    public override int GetHashCode() => HashCode.Combine(TimeZoneId, DutyStart, DutyEnd, Holidays.IsDefault ? 0 : Holidays.Length);
}
