namespace Hotline.Channels.Tests.Support;

[CollectionDefinition(Name)]
public sealed class ChannelsCollection : ICollectionFixture<ChannelsFixture>
{
    public const string Name = "channels";
}
