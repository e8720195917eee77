namespace Hotline.Browser.Tests;

/// <summary>Every test of the assembly shares one host and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
