using Hotline.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace Hotline.Notifications;

/// <summary>Reads Hotline:Notifications at startup; a bad value stops the start naming its key.</summary>
internal static class NotificationConfiguration
{
    private const string Prefix = NotificationOptions.SectionName + ":";

    public static NotificationOptions Bind(IConfiguration configuration)
    {
        NotificationOptions options;
        try
        {
            options = configuration.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>() ?? new NotificationOptions();
        }
        catch (InvalidOperationException e)
        {
            throw StartupProblem.For(NotificationOptions.SectionName, e.InnerException?.Message ?? e.Message);
        }

        if (options.FallbackPersonId is { } id && id.Length > 0 && id.Trim() != id)
        {
            throw StartupProblem.For(Prefix + "FallbackPersonId", $"'{id}' is not a person id (padded with spaces)");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            throw StartupProblem.For(Prefix + "MaxAttempts", $"{options.MaxAttempts} is not from 1 to 100");
        }

        Positive(options.RetryDelay, "RetryDelay");
        Positive(options.MaxRetryDelay, "MaxRetryDelay");
        Positive(options.SweepInterval, "SweepInterval");
        Positive(options.SendLease, "SendLease");
        return options;
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw StartupProblem.For(Prefix + name, $"'{value}' is not a positive time span (e.g. 00:00:30)");
        }
    }
}
