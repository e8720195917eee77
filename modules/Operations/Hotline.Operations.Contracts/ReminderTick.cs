namespace Hotline.Operations.Contracts;

/// <summary>A reminder's next tick: its first tick (start) if that is still ahead, else start + k × period.</summary>
public sealed record ReminderTick(string GrainId, string ReminderName, DateTimeOffset NextTick, TimeSpan Period);
