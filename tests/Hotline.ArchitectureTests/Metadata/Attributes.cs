using System.Reflection;

namespace Hotline.ArchitectureTests.Metadata;

/// <summary>Attribute look-ups by full type name, so no rule depends on which Orleans assembly defines them.</summary>
public static class Attributes
{
    public static CustomAttributeData? Find(MemberInfo member, string fullName) =>
        member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == fullName);

    public static CustomAttributeData? Find(ParameterInfo parameter, string fullName) =>
        parameter.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType.FullName == fullName);

    public static bool Has(MemberInfo member, string fullName) => Find(member, fullName) is not null;

    /// <summary>The first constructor argument of the attribute, as text (null when absent).</summary>
    public static string? FirstArgument(CustomAttributeData? attribute) =>
        attribute is { ConstructorArguments.Count: > 0 } ? attribute.ConstructorArguments[0].Value?.ToString() : null;
}
