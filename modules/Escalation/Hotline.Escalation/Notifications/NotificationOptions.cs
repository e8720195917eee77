namespace Hotline.Escalation.Notifications;

public sealed class NotificationOptions
{
    public const string SectionName = "Hotline:Notifications";

    /// <summary>The 24-hour customer-service line: gets what nobody on duty can take. Empty: the intended person keeps it.</summary>
    public string? FallbackPersonId { get; set; }
}
