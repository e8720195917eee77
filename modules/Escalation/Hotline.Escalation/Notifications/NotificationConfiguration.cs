using Hotline.Hosting;
using Microsoft.Extensions.Configuration;

namespace Hotline.Escalation.Notifications;

/// <summary>Reads Hotline:Notifications at startup; a bad value stops the start naming its key.</summary>
internal static class NotificationConfiguration
{
    public static NotificationOptions Bind(IConfiguration configuration)
    {
        var options = configuration.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>() ?? new NotificationOptions();
        const string key = NotificationOptions.SectionName + ":FallbackPersonId";
        if (options.FallbackPersonId is { } id && id.Length > 0 && id.Trim() != id)
        {
            throw StartupProblem.For(key, $"'{id}' is not a person id (padded with spaces)");
        }

        return options;
    }
}
