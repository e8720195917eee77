namespace Hotline.Organization.Directory;

public sealed class StaffDirectoryOptions
{
    public const string SectionName = "Hotline:Organization:Directory";

    /// <summary>
    /// How old this silo's copy of the staff may get before a read asks the company grain whether it changed (one small
    /// call per silo per interval, never per request): the longest a change made through another silo goes unseen here.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(2);
}
