using Hotline.ArchitectureTests.Metadata;

namespace Hotline.ArchitectureTests.Rules;

/// <summary>Rule 6: grain interfaces carry an [Alias]; grain classes are sealed and named *Grain.</summary>
public static class GrainRules
{
    public static bool IsGrainInterface(Type type) => type.IsInterface && DerivesFromIGrain(type);

    public static bool IsGrainClass(Type type) => type.IsClass && DerivesFromIGrain(type);

    public static IEnumerable<string> CheckInterface(Type type)
    {
        if (Attributes.FirstArgument(Attributes.Find(type, OrleansNames.Alias)) is null)
        {
            yield return $"{TypeScan.Describe(type)}: grain interface has no [Alias]";
        }
    }

    public static IEnumerable<string> CheckClass(Type type)
    {
        if (!type.IsSealed)
        {
            yield return $"{TypeScan.Describe(type)}: grain class is not sealed";
        }

        var name = type.Name.Split('`')[0];
        if (!name.EndsWith("Grain", StringComparison.Ordinal))
        {
            yield return $"{TypeScan.Describe(type)}: grain class name does not end with 'Grain'";
        }
    }

    private static bool DerivesFromIGrain(Type type) =>
        type.GetInterfaces().Any(i => i.FullName == OrleansNames.IGrain);
}
