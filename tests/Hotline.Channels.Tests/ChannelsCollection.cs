namespace Hotline.Channels.Tests;

[CollectionDefinition(Name)]
public sealed class ChannelsCollection : ICollectionFixture<ChannelsFixture>
{
    public const string Name = "channels";
}
