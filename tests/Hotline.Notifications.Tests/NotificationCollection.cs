namespace Hotline.Notifications.Tests;

[CollectionDefinition(Name)]
public sealed class NotificationCollection : ICollectionFixture<NotificationFixture>
{
    public const string Name = "notifications";
}
