using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Reminders;
using Orleans.Runtime;

namespace Hotline.TestKit;

/// <summary>
/// The one way a test silo takes its fake clock. Hotline's own time, the reminders and grain timers follow the fake; the
/// silo's own machinery (messaging timeouts, membership probes, directory and activation upkeep, background timers) stays
/// on real time. Orleans resolves every one of those clocks to the default <see cref="TimeProvider"/> unless told
/// otherwise, so with the fake as default a call's 30 s timeout could expire in one Advance, a silo could be voted dead
/// when a test jumps a day, and a silo stopping while no test advances the clock could wait on a timer only an Advance
/// fires. (CI once ran out of time with Hotline.Channels.Tests started and never finished, its tests starting and
/// stopping second silos; not reproduced here, and this was the one unbounded wait found by reading.)
/// </summary>
public static class TestClocks
{
    private static readonly string[] SiloMachinery =
    [
        TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
        TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory,
    ];

    public static IServiceCollection AddFakeBusinessClock(this IServiceCollection services, FakeTimeProvider clock)
    {
        services.AddSingleton<TimeProvider>(clock);
        services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);
        services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, clock);
        foreach (var area in SiloMachinery)
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }

        return services;
    }
}
