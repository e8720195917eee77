using Hotline.Security.Contracts.Access;

namespace Hotline.WebConsole.Agent;

/// <summary>What a workspace request came to: refused by the access rule, or the fields at fault, or the value.</summary>
public sealed record WorkspaceAnswer<T>(AccessAnswer? Refused, T? Value, IReadOnlyDictionary<string, string[]> Errors)
    where T : class
{
    public static WorkspaceAnswer<T> Refusal(AccessAnswer answer) => new(answer, null, new Dictionary<string, string[]>());
}
