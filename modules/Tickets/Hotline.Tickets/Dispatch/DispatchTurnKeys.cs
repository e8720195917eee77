namespace Hotline.Tickets.Dispatch;

/// <summary>The key of a project's turn for one category.</summary>
public static class DispatchTurnKeys
{
    public static string For(string projectId, string category) => $"{projectId}/{category}";
}
