using Hotline.Organization.Contracts;

namespace Hotline.Organization.Tests.Rosters;

/// <summary>A9 product decision, as a week grid reads a roster: which shifts start on a day, and which end the next morning.</summary>
public sealed class DutyRosterWeekTests
{
    [Fact]
    public void StartingOn_AShiftWithoutDays_StartsEveryDay_AndOneWithDays_OnlyOnThose()
    {
        var everyDay = new DutyShift([], "08:00", "12:00");
        var weekend = new DutyShift([DayOfWeek.Saturday, DayOfWeek.Sunday], "13:00", "18:00");
        var person = new PersonInfo("p", "P", null, []) { Duty = [everyDay, weekend] };

        Assert.Equal([everyDay], DutyRoster.StartingOn(person, DayOfWeek.Monday));
        Assert.Equal([everyDay, weekend], DutyRoster.StartingOn(person, DayOfWeek.Sunday));
    }

    [Fact]
    public void StartingOn_NoRoster_NoShift()
    {
        Assert.Empty(DutyRoster.StartingOn(new PersonInfo("p", "P", null, []), DayOfWeek.Monday));
    }

    [Theory]
    [InlineData("20:00", "08:00", true)]
    [InlineData("08:00", "20:00", false)]
    [InlineData("00:00", "24:00", false)]
    [InlineData("22:00", "00:00", false)] // "00:00" as an end is midnight of the same day (24:00)
    public void EndsNextDay_OnlyWhenTheEndIsBeforeTheStart(string start, string end, bool expected)
    {
        Assert.Equal(expected, DutyRoster.EndsNextDay(new DutyShift([], start, end)));
    }
}
