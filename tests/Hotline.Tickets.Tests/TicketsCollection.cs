using Hotline.TestKit;

namespace Hotline.Tickets.Tests;

[CollectionDefinition(Name)]
public sealed class TicketsCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "tickets";
}
