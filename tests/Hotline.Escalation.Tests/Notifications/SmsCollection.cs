namespace Hotline.Escalation.Tests.Notifications;

[CollectionDefinition(Name)]
public sealed class SmsCollection : ICollectionFixture<SmsFixture>
{
    public const string Name = "sms";
}
