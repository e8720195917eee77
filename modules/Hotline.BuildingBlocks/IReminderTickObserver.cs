namespace Hotline.BuildingBlocks;

/// <summary>
/// Told when a grain has finished processing a reminder tick, with the time the tick acted at. Not registered in
/// production (grains look it up as optional); tests register one to wait for "the tick was processed" instead of sleeping.
/// </summary>
public interface IReminderTickObserver
{
    void Processed(Guid grainKey, string reminderName, DateTimeOffset at);
}
