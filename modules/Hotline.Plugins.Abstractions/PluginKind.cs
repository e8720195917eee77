namespace Hotline.Plugins.Abstractions;

/// <summary>What a plugin contributes: a ticket category (A10.1.1) or a channel (A2 intake, or a notification channel: <see cref="INotificationChannel"/>).</summary>
public enum PluginKind
{
    Category = 1,
    Channel = 2,
}
