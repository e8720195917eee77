using Hotline.Organization.Contracts;

namespace Hotline.Organization.Tests.Rosters;

/// <summary>A9 product decision: duty rosters are data; shifts are read in business local time and may cross midnight.</summary>
public sealed class DutyRosterTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("08:00", "20:00", 8, 0, true)]
    [InlineData("08:00", "20:00", 19, 59, true)]
    [InlineData("08:00", "20:00", 20, 0, false)]
    [InlineData("08:00", "20:00", 7, 59, false)]
    [InlineData("20:00", "08:00", 22, 0, true)]
    [InlineData("20:00", "08:00", 3, 0, true)]
    [InlineData("20:00", "08:00", 8, 0, false)]
    [InlineData("00:00", "24:00", 23, 59, true)]
    public void IsOnDuty_EveryDayShift_FollowsLocalTime(string start, string end, int hour, int minute, bool expected)
    {
        var person = Person(new DutyShift([], start, end));

        Assert.Equal(expected, DutyRoster.IsOnDuty(person, Local(2026, 11, 27, hour, minute), Zone));
    }

    [Fact]
    public void IsOnDuty_NightShiftOnFridayOnly_CoversSaturdayMorningButNotFridayMorning()
    {
        var person = Person(new DutyShift([DayOfWeek.Friday], "20:00", "08:00"));

        Assert.True(DutyRoster.IsOnDuty(person, Local(2026, 11, 28, 3, 0), Zone));
        Assert.False(DutyRoster.IsOnDuty(person, Local(2026, 11, 27, 3, 0), Zone));
        Assert.True(DutyRoster.IsOnDuty(person, Local(2026, 11, 27, 21, 0), Zone));
    }

    [Fact]
    public void IsOnDuty_NoRoster_AlwaysOnDuty()
    {
        var person = new PersonInfo("p", "P", null, []);

        Assert.True(DutyRoster.IsOnDuty(person, Local(2026, 11, 27, 3, 0), Zone));
    }

    [Theory]
    [InlineData("25:00", "08:00")]
    [InlineData("8:00", "20:00")]
    [InlineData("08:00", "08:00")]
    [InlineData("08:60", "20:00")]
    [InlineData("24:00", "08:00")]
    public void Problems_BadShift_Reported(string start, string end) =>
        Assert.NotEmpty(DutyRoster.Problems(new DutyShift([], start, end)));

    private static PersonInfo Person(DutyShift shift) => new("p", "P", null, []) { Duty = [shift] };

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));
}
