namespace Hotline.Tickets.Tests.Dispatch;

/// <summary>The dispatch tests' projects and handlers (see <see cref="DispatchFixture"/>); each test uses people of its own.</summary>
public static class DispatchWorld
{
    public const string Assign = "d-assign";
    public const string Grab = "d-grab";
    public const string RoundRobin = "d-rr";
    public const string RoundRobinCapped = "d-rr-cap";

    /// <summary>Branch, project, mode, cap, and its handlers: id, categories (null: every one), off duty now.</summary>
    public static readonly (string Branch, string Project, string Mode, int Cap, (string Id, string[]? Categories, bool OffDuty)[] Handlers)[] Projects =
    [
        ("north", Assign, "Assign", 2,
        [
            ("da-main", null, false), ("da-other", null, false), ("da-cap", null, false),
            ("da-plumber", ["engineering"], false), ("da-night", null, true),
        ]),
        ("north", Grab, "Grab", 1, [("dg-1", null, false), ("dg-2", null, false), ("dg-clock", null, false), ("dg-night", null, true), ("dg-race", null, false)]),
        // Two on-duty engineering handlers take turns; the off-duty one and the cleaning one are never given engineering.
        ("south", RoundRobin, "RoundRobin", 10,
            [("dr-a", ["engineering"], false), ("dr-b", ["engineering"], false), ("dr-c", ["engineering"], true), ("dr-d", ["cleaning"], false)]),
        ("south", RoundRobinCapped, "RoundRobin", 1, [("dc-a", null, false), ("dc-b", null, false)]),
    ];

    public static string Liaison(string project) => $"{project}-liaison";
}
