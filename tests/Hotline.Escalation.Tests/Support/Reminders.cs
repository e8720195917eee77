using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Support;

/// <summary>A grain's rows in orleans_reminders (see <see cref="ReminderRows"/>).</summary>
internal static class Reminders
{
    public static Task<IReadOnlyList<string>> Of(HostFixture fixture, Guid grainId) => ReminderRows.Of(fixture, grainId);
}
