namespace Hotline.Tickets.Tests.Dispatch;

[CollectionDefinition(Name)]
public sealed class DispatchCollection : ICollectionFixture<DispatchFixture>
{
    public const string Name = "dispatch";
}
