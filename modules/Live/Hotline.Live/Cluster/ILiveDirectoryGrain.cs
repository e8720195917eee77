namespace Hotline.Live.Cluster;

/// <summary>Who takes part in live pushes. Touched only when a silo joins or refreshes, never per change.</summary>
[Alias("Hotline.Live.ILiveDirectoryGrain")]
public interface ILiveDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or refreshes a member; answers every member still alive (the caller included).</summary>
    Task<LiveMember[]> Join(LiveMember member);
}
