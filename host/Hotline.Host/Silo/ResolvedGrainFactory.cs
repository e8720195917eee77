using System.Collections.Concurrent;
using Orleans.Metadata;
using Orleans.Runtime;

namespace Hotline.Host.Silo;

/// <summary>
/// The silo's grain factory with each grain interface's Orleans interface type worked out once. Orleans' own factory
/// reads the interface's attributes again on every <c>GetGrain</c> (about 3 % of a silo's CPU while tickets register,
/// issue 14's profile; a registration asks for several grains). The grain type is still asked of Orleans' resolver each
/// time, which follows the cluster's manifest; a class name prefix, a compound key and everything else go to Orleans'
/// factory as they are.
/// </summary>
public sealed class ResolvedGrainFactory(
    IGrainFactory orleans, GrainInterfaceTypeResolver interfaceTypes, GrainInterfaceTypeToGrainTypeResolver grainTypes) : IGrainFactory
{
    private readonly ConcurrentDictionary<Type, GrainInterfaceType> _resolved = new();

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey =>
        string.IsNullOrWhiteSpace(grainClassNamePrefix)
            ? Reference<TGrainInterface>(GrainIdKeyExtensions.CreateGuidKey(primaryKey))
            : orleans.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey =>
        string.IsNullOrWhiteSpace(grainClassNamePrefix)
            ? Reference<TGrainInterface>(GrainIdKeyExtensions.CreateIntegerKey(primaryKey))
            : orleans.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryKey);
        return string.IsNullOrWhiteSpace(grainClassNamePrefix)
            ? Reference<TGrainInterface>(IdSpan.Create(primaryKey))
            : orleans.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey => orleans.GetGrain<TGrainInterface>(primaryKey, keyExtension, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey => orleans.GetGrain<TGrainInterface>(primaryKey, keyExtension, grainClassNamePrefix);

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => orleans.CreateObjectReference<TGrainObserverInterface>(obj);

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => orleans.DeleteObjectReference<TGrainObserverInterface>(obj);

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => orleans.GetGrain(grainInterfaceType, grainPrimaryKey);

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => orleans.GetGrain(grainInterfaceType, grainPrimaryKey);

    public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) => orleans.GetGrain(grainInterfaceType, grainPrimaryKey);

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) =>
        orleans.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) =>
        orleans.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IAddressable => orleans.GetGrain<TGrainInterface>(grainId);

    public IAddressable GetGrain(GrainId grainId) => orleans.GetGrain(grainId);

    public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType) => orleans.GetGrain(grainId, interfaceType);

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey, string grainClassNamePrefix) =>
        orleans.GetGrain(interfaceType, grainKey, grainClassNamePrefix);

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey) => orleans.GetGrain(interfaceType, grainKey);

    /// <summary>What Orleans' factory makes for an interface without a prefix: the same grain id and interface type.</summary>
    private TGrainInterface Reference<TGrainInterface>(IdSpan key)
    {
        var interfaceType = _resolved.GetOrAdd(typeof(TGrainInterface), interfaceTypes.GetGrainInterfaceType);
        return (TGrainInterface)orleans.GetGrain(GrainId.Create(grainTypes.GetGrainType(interfaceType), key), interfaceType);
    }
}
