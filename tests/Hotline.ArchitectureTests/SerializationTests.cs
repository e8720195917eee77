using Hotline.ArchitectureTests.CounterExamples;
using Hotline.ArchitectureTests.Metadata;
using Hotline.ArchitectureTests.Rules;
using Hotline.ArchitectureTests.Support;

namespace Hotline.ArchitectureTests;

/// <summary>Rule 5: serialized types are enums or sealed records, aliased "Hotline.*" once, every member [Id]-ed.</summary>
public sealed class SerializationTests
{
    private static List<Type> ModuleTypes() =>
        ModuleAssemblies.Load().SelectMany(m => TypeScan.WrittenTypes(m.Assembly)).ToList();

    [Fact]
    public void SerializableTypes_InModuleAssemblies_EnumOrSealedRecordWithHotlineAliasAndIds()
    {
        var serializable = ModuleTypes().Where(SerializationRules.IsSerializable).ToList();
        Assert.NotEmpty(serializable);
        Verdict.NoViolations("[GenerateSerializer] types", serializable.SelectMany(SerializationRules.CheckType));
    }

    [Fact]
    public void TypeAliases_AcrossModuleAssemblies_Unique()
    {
        Verdict.NoViolations("Type aliases", SerializationRules.CheckAliasesUnique(ModuleTypes()));
    }

    [Theory]
    [InlineData(typeof(SerializationExamples.PlainClass), "on a non-record class")]
    [InlineData(typeof(SerializationExamples.Struct), "on a struct")]
    [InlineData(typeof(SerializationExamples.OpenRecord), "record is not sealed")]
    [InlineData(typeof(SerializationExamples.Unaliased), "has no [Alias]")]
    [InlineData(typeof(SerializationExamples.ForeignAlias), "[Alias(\"Examples.ForeignAlias\")] does not start with \"Hotline.\"")]
    [InlineData(typeof(SerializationExamples.SharedId), "members 'First' and 'Second' share [Id(0)]")]
    public void SerializationRule_CounterExample_Reported(Type type, string expected)
    {
        Verdict.Reports(SerializationRules.CheckType(type), type.FullName!, expected);
    }

    [Fact]
    public void SerializationRule_MembersWithoutId_EachReported()
    {
        var violations = SerializationRules.CheckType(typeof(SerializationExamples.MissingIds)).ToList();

        Verdict.Reports(violations, "member 'Positional' has no [Id]", "member 'InitOnly' has no [Id]");
        Assert.Equal(2, violations.Count);
    }

    [Theory]
    [InlineData(typeof(SerializationExamples.Positional))]
    [InlineData(typeof(SerializationExamples.InitProperties))]
    [InlineData(typeof(SerializationExamples.Kind))]
    [InlineData(typeof(SerializationExamples.AbstractBase))]
    public void SerializationRule_WellFormedType_NoViolation(Type type)
    {
        Assert.Empty(SerializationRules.CheckType(type));
    }

    [Fact]
    public void AliasRule_SameAliasTwice_Reported()
    {
        Verdict.Reports(
            SerializationRules.CheckAliasesUnique([typeof(SerializationExamples.TwiceA), typeof(SerializationExamples.TwiceB), typeof(SerializationExamples.Positional)]),
            "[Alias(\"Hotline.Examples.Twice\")] is used by",
            "SerializationExamples+TwiceA",
            "SerializationExamples+TwiceB");
    }
}
