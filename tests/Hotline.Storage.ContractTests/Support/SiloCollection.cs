namespace Hotline.Storage.ContractTests.Support;

/// <summary>Tests sharing one silo. Each test uses its own grain ids, so order does not matter.</summary>
[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "silo";
}
