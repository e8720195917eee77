namespace Hotline.Api.Tests;

/// <summary>One host for all cross-cutting API tests: they only read, or are refused.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
