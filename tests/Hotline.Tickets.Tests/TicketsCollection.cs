using Hotline.TestKit;

namespace Hotline.Tickets.Tests;

[CollectionDefinition(Name)]
public sealed class TicketsCollection : ICollectionFixture<AroundTheClockFixture>
{
    public const string Name = "tickets";
}
