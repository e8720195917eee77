using System.Reflection;

namespace Hotline.ArchitectureTests.Metadata;

/// <summary>The types developers wrote in an assembly: compiler- and Orleans-generated types are left out.</summary>
public static class TypeScan
{
    private const string CompilerGenerated = "System.Runtime.CompilerServices.CompilerGeneratedAttribute";
    private const string GeneratedCode = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    public static IEnumerable<Type> WrittenTypes(Assembly assembly) => assembly.GetTypes().Where(t => !IsGenerated(t));

    public static bool IsGenerated(Type type)
    {
        for (Type? t = type; t is not null; t = t.DeclaringType)
        {
            if (t.Namespace?.StartsWith("OrleansCodeGen", StringComparison.Ordinal) == true
                || Attributes.Has(t, CompilerGenerated)
                || Attributes.Has(t, GeneratedCode))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A type's name for messages: full name and assembly.</summary>
    public static string Describe(Type type) => $"{type.FullName} ({type.Assembly.GetName().Name})";
}
