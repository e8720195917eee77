using System.Reflection;
using System.Text.RegularExpressions;
using Hotline.ArchitectureTests.Metadata;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>
/// Rule 5: a [GenerateSerializer] type is an enum or a sealed (or abstract base) record class with an [Alias] starting with
/// "Hotline."; each of a record's fields (the backing fields of its properties) carries an [Id], on the
/// field, its property or the positional parameter, and no two share a number; type aliases are unique.
/// </summary>
public static partial class SerializationRules
{
    private const BindingFlags DeclaredInstance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static bool IsSerializable(Type type) => Attributes.Has(type, OrleansNames.GenerateSerializer);

    /// <summary>A record class: the compiler gives every record class a "&lt;Clone&gt;$" method.</summary>
    public static bool IsRecordClass(Type type) =>
        type.IsClass && type.GetMethod("<Clone>$", BindingFlags.Instance | BindingFlags.Public) is not null;

    public static IEnumerable<string> CheckType(Type type)
    {
        var name = TypeScan.Describe(type);
        if (!type.IsEnum && !IsRecordClass(type))
        {
            yield return $"{name}: [GenerateSerializer] on a {Kind(type)}; use an enum or a sealed record";
        }
        else if (!type.IsEnum && !type.IsSealed && !type.IsAbstract)
        {
            // An abstract base (a message family such as the ticket commands) is fine: what goes on the wire is a sealed derived record.
            yield return $"{name}: [GenerateSerializer] record is not sealed";
        }

        var alias = Attributes.FirstArgument(Attributes.Find(type, OrleansNames.Alias));
        if (alias is null)
        {
            yield return $"{name}: has no [Alias]";
        }
        else if (!alias.StartsWith(OrleansNames.AliasPrefix, StringComparison.Ordinal))
        {
            yield return $"{name}: [Alias(\"{alias}\")] does not start with \"{OrleansNames.AliasPrefix}\"";
        }

        if (type.IsEnum)
        {
            yield break;
        }

        var ids = new Dictionary<string, string>();
        foreach (var field in type.GetFields(DeclaredInstance))
        {
            var member = MemberName(field);
            var id = IdOf(type, field, member);
            if (id is null)
            {
                yield return $"{name}: member '{member}' has no [Id]; Orleans would silently drop it";
            }
            else if (!ids.TryAdd(id, member))
            {
                yield return $"{name}: members '{ids[id]}' and '{member}' share [Id({id})]";
            }
        }
    }

    /// <summary>Every type-level [Alias] among the given types, grouped: each group of more than one is a clash.</summary>
    public static IEnumerable<string> CheckAliasesUnique(IEnumerable<Type> types) =>
        types
            .Select(t => (Type: t, Alias: Attributes.FirstArgument(Attributes.Find(t, OrleansNames.Alias))))
            .Where(x => x.Alias is not null)
            .GroupBy(x => x.Alias!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"[Alias(\"{g.Key}\")] is used by {string.Join(", ", g.Select(x => TypeScan.Describe(x.Type)))}");

    private static string? IdOf(Type type, FieldInfo field, string member)
    {
        var attribute = Attributes.Find(field, OrleansNames.Id);
        if (attribute is null && member != field.Name)
        {
            attribute = (type.GetProperty(member, DeclaredInstance) is { } property ? Attributes.Find(property, OrleansNames.Id) : null)
                ?? type.GetConstructors(DeclaredInstance)
                    .SelectMany(c => c.GetParameters())
                    .Where(p => p.Name == member)
                    .Select(p => Attributes.Find(p, OrleansNames.Id))
                    .FirstOrDefault(a => a is not null);
        }

        return attribute is null ? null : Attributes.FirstArgument(attribute) ?? "?";
    }

    // "<Name>k__BackingField" is the field behind the auto-property Name.
    private static string MemberName(FieldInfo field) =>
        BackingField().Match(field.Name) is { Success: true } m ? m.Groups[1].Value : field.Name;

    private static string Kind(Type type) =>
        type.IsInterface ? "interface" : type.IsValueType ? "struct" : "non-record class";

    [GeneratedRegex("^<(.+)>k__BackingField$")]
    private static partial Regex BackingField();
}
