namespace Hotline.Tickets;

/// <summary>
/// Enumeration values by declared name only, ignoring case: Enum.TryParse would also take "3" or
/// "Complaint, Repair" (flags-style), which an API or a config file must reject.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<T>(name);
        return name is not null;
    }

    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());
}
