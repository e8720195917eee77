using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Hotline.Tickets.Sla;

/// <summary>
/// Finds keys the policy does not know. The binder ignores them, and a misspelt override key
/// ("Catgory") would silently widen the override to every category, so they stop the start instead.
/// </summary>
internal static class SlaUnknownKeys
{
    public static IEnumerable<string> In(IConfigurationSection section, Type shape)
    {
        var properties = shape.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanWrite)
            .ToDictionary(property => property.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var child in section.GetChildren())
        {
            if (!properties.TryGetValue(child.Key, out var property))
            {
                yield return $"{child.Path}: unknown key (known here: {string.Join(", ", properties.Keys)})";
                continue;
            }

            var type = property.PropertyType;
            var children = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)
                ? child.GetChildren().Select(element => (Section: element, Shape: type.GetGenericArguments()[0]))
                : [(child, Nullable.GetUnderlyingType(type) ?? type)];
            foreach (var problem in children.Where(c => IsShape(c.Shape)).SelectMany(c => In(c.Section, c.Shape)))
            {
                yield return problem;
            }
        }
    }

    // Only option classes have keys inside them; strings, numbers and durations are leaves.
    private static bool IsShape(Type type) => type.IsClass && type != typeof(string);
}
