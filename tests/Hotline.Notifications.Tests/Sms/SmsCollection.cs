namespace Hotline.Notifications.Tests.Sms;

[CollectionDefinition(Name)]
public sealed class SmsCollection : ICollectionFixture<SmsFixture>
{
    public const string Name = "sms";
}
