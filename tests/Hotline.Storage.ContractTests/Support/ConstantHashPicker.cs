using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Hotline.Storage.ContractTests.Support;

/// <summary>Gives every grain and state name the same hash, so rows can only stay apart by their full identity.</summary>
public sealed class ConstantHashPicker : IStorageHasherPicker
{
    private static readonly IHasher Hasher = new ConstantHasher();

    private int _picks;

    public ICollection<IHasher> HashProviders { get; } = [Hasher];

    /// <summary>How often Orleans asked for a hasher: proves the storage really runs with colliding hashes.</summary>
    public int Picks => Volatile.Read(ref _picks);

    public IHasher PickHasher<T>(string serviceId, string storageProviderInstanceName, string grainType, GrainId grainId, IGrainState<T> grainState, string? tag = null)
    {
        Interlocked.Increment(ref _picks);
        return Hasher;
    }

    private sealed class ConstantHasher : IHasher
    {
        public string Description => "Always 42: forces hash collisions.";

        public int Hash(byte[] data) => 42;
    }
}
