using Hotline.Kernel;
using Hotline.Notifications;
using Hotline.Organization.Contracts;

namespace Hotline.Notifications.Tests.Routing;

/// <summary>The pure routing rule: same role assignment, on duty; else the fallback; else the person themself.</summary>
public sealed class DutyRoutingTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Night = new(2026, 11, 27, 22, 0, 0, TimeSpan.FromHours(8));
    private static readonly RoleAssignment SunriseLiaison = new(Role.ProjectLiaison, ScopeKind.Project, "p-sunrise");

    [Fact]
    public void Recipients_StandInOfAnotherProject_IsNotUsed()
    {
        PersonInfo[] people =
        [
            Person("day", SunriseLiaison, "08:00", "20:00"),
            Person("other-night", new RoleAssignment(Role.ProjectLiaison, ScopeKind.Project, "p-harbour"), "20:00", "08:00"),
        ];

        Assert.Equal<string>(["line"], DutyRouting.Recipients("day", Night, people, Zone, "line"));
    }

    [Fact]
    public void Recipients_NoFallbackConfigured_KeepsThePerson()
    {
        PersonInfo[] people = [Person("day", SunriseLiaison, "08:00", "20:00")];

        Assert.Equal<string>(["day"], DutyRouting.Recipients("day", Night, people, Zone, null));
    }

    [Fact]
    public void Recipients_UnknownPerson_KeepsThePerson() =>
        Assert.Equal<string>(["ghost"], DutyRouting.Recipients("ghost", Night, [], Zone, "line"));

    private static PersonInfo Person(string id, RoleAssignment role, string start, string end) =>
        new(id, id, null, [role]) { Duty = [new DutyShift([], start, end)] };
}
