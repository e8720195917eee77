using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>The field checks registration and commands share, reporting through the caller's error sink.</summary>
internal static class RequestFields
{
    /// <summary>Every text field over its bound is reported as "must be at most N characters".</summary>
    public static void CheckLengths(Action<string, string> fail, params ReadOnlySpan<(string Field, string? Value, int Max)> fields)
    {
        foreach (var (field, value, max) in fields)
        {
            if (value?.Length > max)
            {
                fail(field, $"must be at most {max} characters");
            }
        }
    }

    /// <summary>An optional severity by name; an unknown one is reported against <c>severity</c>.</summary>
    public static Severity? ParseSeverity(string? text, Action<string, string> fail)
    {
        if (text is null)
        {
            return null;
        }

        if (EnumNames.TryParse<Severity>(text, out var severity))
        {
            return severity;
        }

        fail("severity", $"must be one of: {EnumNames.List<Severity>()}");
        return null;
    }
}
