namespace Hotline.Api.Tests.Fuzz;

/// <summary>What JSON (or query text) a field expects, as far as a generator needs to know to get it wrong.</summary>
public enum FieldType
{
    Text,
    Integer,
    Number,
    Boolean,
    DateTime,
    Guid,
    TextArray,
    Enum,
    Object,
}
