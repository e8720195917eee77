using Orleans.Runtime;

namespace Hotline.Storage.ContractTests.Support;

/// <summary>Fresh grain ids of every key kind Orleans' grain storage maps differently.</summary>
public static class GrainIds
{
    private static readonly GrainType Ticket = GrainType.Create("ticket");

    public static GrainId NewGuidKey(string? extension = null) => NewGuidKey(Guid.NewGuid(), extension);

    public static GrainId NewGuidKey(Guid key, string? extension = null) =>
        GrainId.Create(Ticket, extension is null ? GrainIdKeyExtensions.CreateGuidKey(key) : GrainIdKeyExtensions.CreateGuidKey(key, extension));

    public static GrainId IntegerKey(long key, string? extension = null) =>
        GrainId.Create(Ticket, extension is null ? GrainIdKeyExtensions.CreateIntegerKey(key) : GrainIdKeyExtensions.CreateIntegerKey(key, extension));

    // Non-hex characters on purpose: Orleans stores a string key that parses as hex or a Guid as a numeric key.
    public static GrainId NewStringKey() => GrainId.Create(Ticket, IdSpan.Create($"flat-{Guid.NewGuid():N}"));

    /// <summary>The key kinds <see cref="OfKind"/> makes, for theories.</summary>
    public static TheoryData<string> Kinds => ["guid", "guid+extension", "integer", "integer+extension", "string"];

    public static GrainId OfKind(string kind) => kind switch
    {
        "guid" => NewGuidKey(),
        "guid+extension" => NewGuidKey("ext"),
        "integer" => IntegerKey(Random.Shared.NextInt64(1, long.MaxValue)),
        "integer+extension" => IntegerKey(Random.Shared.NextInt64(1, long.MaxValue), "ext"),
        _ => NewStringKey(),
    };
}
