namespace Hotline.Organization.Directory;

/// <summary>
/// This silo's count of staff changes it made itself (<see cref="DirectoryChangeFilter"/>). A snapshot read before
/// the latest count is checked against the company at once, whatever its age. No dependencies, so the grain call
/// filter that bumps it can be built before the grain factory exists.
/// </summary>
public sealed class DirectoryChanges
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Record() => Interlocked.Increment(ref _count);
}
