namespace Hotline.Escalation.Tests;

[CollectionDefinition(Name)]
public sealed class EscalationCollection : ICollectionFixture<EscalationFixture>
{
    public const string Name = "escalation";
}
