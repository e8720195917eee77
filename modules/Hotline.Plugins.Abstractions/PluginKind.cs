namespace Hotline.Plugins.Abstractions;

/// <summary>What a plugin contributes: a ticket category (A10.1.1) or a channel: an owners' door (A2, <see cref="IIntakeChannel"/>) or a notification channel for staff (<see cref="INotificationChannel"/>).</summary>
public enum PluginKind
{
    Category = 1,
    Channel = 2,
}
