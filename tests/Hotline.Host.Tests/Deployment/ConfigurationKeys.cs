using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hotline.TestKit;

namespace Hotline.Host.Tests.Deployment;

/// <summary>
/// Every configuration key the code and the shipped files know, found three ways: the options classes of the built
/// Hotline assemblies (a public const SectionName and settable properties, nested settings classes walked), the keys
/// of config/*.json, and the "Hotline:…" / "ConnectionStrings:…" string literals of the sources (keys read one by one).
/// </summary>
internal static partial class ConfigurationKeys
{
    public static SortedSet<string> All() => [.. FromOptionsClasses(), .. FromConfigFiles(), .. FromSourceLiterals()];

    public static IEnumerable<string> FromOptionsClasses()
    {
        foreach (var type in HotlineAssemblies().SelectMany(LoadableTypes))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is not { IsLiteral: true } field
                || field.GetRawConstantValue() is not string section)
            {
                continue;
            }

            var keys = Bindable(type) ? PropertyKeys(type, section, depth: 0).ToList() : [];
            // A section read as a whole (e.g. the access rules' command list) is documented by its own name.
            foreach (var key in keys.Count > 0 ? keys : [section])
            {
                yield return key;
            }
        }
    }

    public static IEnumerable<string> FromConfigFiles()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "config"), "*.json").Where(f => !f.EndsWith("demo-organisation.json", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var key in Flatten(json.RootElement, ""))
            {
                yield return key;
            }
        }
    }

    public static IEnumerable<string> FromSourceLiterals()
    {
        var folders = new[] { "host", "modules", "plugins" }.Select(f => Path.Combine(RepoPaths.Root, f));
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*.cs", SearchOption.AllDirectories)))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in KeyLiteral().Matches(File.ReadAllText(file)))
            {
                yield return match.Groups[1].Value;
            }
        }
    }

    // Logging is ASP.NET Core's own section: the document names it, not each category.
    private static IEnumerable<string> Flatten(JsonElement element, string prefix) =>
        element.ValueKind == JsonValueKind.Object && prefix != "Logging"
            ? element.EnumerateObject().SelectMany(p => Flatten(p.Value, prefix.Length == 0 ? p.Name : $"{prefix}:{p.Name}"))
            : [prefix];

    private static IEnumerable<string> PropertyKeys(Type type, string prefix, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetSetMethod() is null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (depth < 4 && IsSettingsClass(propertyType))
            {
                foreach (var nested in PropertyKeys(propertyType, key, depth + 1))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return key;
            }
        }
    }

    private static bool IsSettingsClass(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Uri) && !typeof(IEnumerable).IsAssignableFrom(type) && Bindable(type);

    private static bool Bindable(Type type) =>
        !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null
        && type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.GetSetMethod() is not null);

    private static IEnumerable<Assembly> HotlineAssemblies() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Hotline.*.dll")
            .Where(p => !Path.GetFileName(p).Contains("Tests", StringComparison.Ordinal) && !Path.GetFileName(p).Contains("TestKit", StringComparison.Ordinal))
            .Select(p => Assembly.Load(AssemblyName.GetAssemblyName(p)));

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    [GeneratedRegex(@"""((?:Hotline|ConnectionStrings):[A-Za-z0-9_.:-]*[A-Za-z0-9_.-])""")]
    private static partial Regex KeyLiteral();
}
