using Orleans.Runtime;

namespace Hotline.Storage.ContractTests.Support;

/// <summary>Reminder rows as the reminder service would hand them to the table.</summary>
public static class ReminderEntries
{
    public static ReminderEntry New(GrainId grainId, string name, DateTime? startAt = null, TimeSpan? period = null) => new()
    {
        GrainId = grainId,
        ReminderName = name,
        StartAt = startAt ?? DateTime.UtcNow,
        Period = period ?? TimeSpan.FromMinutes(1),
    };
}
