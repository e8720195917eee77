namespace Hotline.Operations.Tests.Support;

/// <summary>The operations tests share one host and never move its clock.</summary>
[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsFixture>
{
    public const string Name = "operations";
}
