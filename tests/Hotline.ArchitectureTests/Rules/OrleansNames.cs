namespace Hotline.ArchitectureTests.Rules;

/// <summary>The Orleans types the rules look for, by full name.</summary>
public static class OrleansNames
{
    public const string GenerateSerializer = "Orleans.GenerateSerializerAttribute";
    public const string Alias = "Orleans.AliasAttribute";
    public const string Id = "Orleans.IdAttribute";
    public const string IGrain = "Orleans.IGrain";
    public const string AliasPrefix = "Hotline.";
}
