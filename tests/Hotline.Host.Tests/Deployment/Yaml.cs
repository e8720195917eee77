using YamlDotNet.RepresentationModel;

namespace Hotline.Host.Tests.Deployment;

/// <summary>Reading the manifests as YAML documents; a missing key fails with its name rather than a null.</summary>
internal static class Yaml
{
    public static IReadOnlyList<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path)))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
    }

    public static YamlMappingNode Map(this YamlMappingNode node, string key) => (YamlMappingNode)Child(node, key);

    public static IEnumerable<YamlMappingNode> Maps(this YamlMappingNode node, string key) =>
        ((YamlSequenceNode)Child(node, key)).Children.Cast<YamlMappingNode>();

    public static IEnumerable<string> Strings(this YamlMappingNode node, string key) =>
        ((YamlSequenceNode)Child(node, key)).Children.Select(c => ((YamlScalarNode)c).Value!);

    public static string Str(this YamlMappingNode node, string key) => ((YamlScalarNode)Child(node, key)).Value!;

    public static string? StrOrNull(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? ((YamlScalarNode)child).Value : null;

    public static bool Has(this YamlMappingNode node, string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    private static YamlNode Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child)
            ? child
            : throw new Xunit.Sdk.XunitException($"'{key}' missing at line {node.Start.Line}");
}
