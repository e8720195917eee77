using System.Reflection;
using System.Text;

namespace Hotline.Storage.ContractTests.Support;

/// <summary>A module assembly that embeds only the given resources (name to SQL text), for the migrator's file checks.</summary>
public sealed class FakeModuleAssembly(string name, IReadOnlyDictionary<string, string> resources) : Assembly
{
    public static FakeModuleAssembly With(string name, params string[] resourceNames) =>
        new(name, resourceNames.ToDictionary(r => r, r => $"select '{r}';"));

    public override string FullName => name;

    public override AssemblyName GetName() => new(name);

    public override string[] GetManifestResourceNames() => [.. resources.Keys];

    public override Stream? GetManifestResourceStream(string resourceName) =>
        resources.TryGetValue(resourceName, out var sql) ? new MemoryStream(Encoding.UTF8.GetBytes(sql)) : null;
}
