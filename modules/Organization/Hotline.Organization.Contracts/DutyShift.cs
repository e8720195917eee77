using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>
/// One weekly duty shift in business local time ("HH:mm"; an end of "24:00" is midnight). An end before the start
/// crosses midnight: the shift starts on each of <see cref="Days"/> and ends the next morning. No days: every day.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.DutyShift")]
public sealed record DutyShift(
    [property: Id(0)] ImmutableArray<DayOfWeek> Days,
    [property: Id(1)] string Start,
    [property: Id(2)] string End);
