namespace Hotline.CallCenter.Contracts;

/// <summary>A workspace answer, or the fields at fault (named as the API names them, each with its messages).</summary>
public sealed record Checked<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors)
    where T : class
{
    public bool Ok => Value is not null;
}
