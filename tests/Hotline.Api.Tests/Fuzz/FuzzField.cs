namespace Hotline.Api.Tests.Fuzz;

/// <summary>A body property, query parameter or route value: its wire name and what it expects.</summary>
public sealed record FuzzField(string Name, FieldType Type, Type ClrType)
{
    public static FieldType TypeOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string) || t == typeof(char))
        {
            return FieldType.Text;
        }

        if (t.IsEnum)
        {
            return FieldType.Enum;
        }

        if (t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(byte) || t == typeof(uint) || t == typeof(ulong))
        {
            return FieldType.Integer;
        }

        if (t == typeof(double) || t == typeof(float) || t == typeof(decimal))
        {
            return FieldType.Number;
        }

        if (t == typeof(bool))
        {
            return FieldType.Boolean;
        }

        if (t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan))
        {
            return FieldType.DateTime;
        }

        if (t == typeof(Guid))
        {
            return FieldType.Guid;
        }

        return t != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) ? FieldType.TextArray : FieldType.Object;
    }
}
