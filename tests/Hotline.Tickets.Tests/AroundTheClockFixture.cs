using Hotline.TestKit;

namespace Hotline.Tickets.Tests;

/// <summary>
/// A host whose liaisons are on duty around the clock, so scenario tests that move the shared clock
/// can read every limit as plain elapsed time. Duty-window arithmetic has tests of its own.
/// </summary>
public sealed class AroundTheClockFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:Sla:DutyWindow:Start"] = "00:00",
        ["Hotline:Sla:DutyWindow:End"] = "24:00",
    };
}
