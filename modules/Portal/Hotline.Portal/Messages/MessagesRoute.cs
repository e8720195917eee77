namespace Hotline.Portal.Messages;

/// <summary>The addresses of the portal's messages page and its settings page.</summary>
public static class MessagesRoute
{
    public const string Path = "/portal/messages";

    public const string Settings = "/portal/settings";

    /// <summary>The next (older) page of messages after the cursor a page ended with.</summary>
    public static string Older(string cursor) => $"{Path}?before={Uri.EscapeDataString(cursor)}";
}
