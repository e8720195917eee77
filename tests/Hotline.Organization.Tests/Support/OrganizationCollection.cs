namespace Hotline.Organization.Tests.Support;

/// <summary>
/// Scenario tests sharing one host and one clock, run one after another. Each test uses issue keys of
/// its own, so counts never mix; the clock only moves forward.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OrganizationCollection : ICollectionFixture<OrganizationFixture>
{
    public const string Name = "organization";
}
