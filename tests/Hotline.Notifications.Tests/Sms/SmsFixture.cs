using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Notifications.Tests.Sms;

/// <summary>
/// Its own host with the real SMS channel plugin pointed at a fake gateway, three attempts per delivery, and every
/// log line (Information and up) captured. The tests move the clock to drive retries.
/// </summary>
public sealed class SmsFixture : HostFixture, IDisposable
{
    public const string ApiKey = "sms-test-key-41f0";
    public const int MaxAttempts = 3;
    private int _capturing;

    internal FakeSmsGateway Gateway { get; } = new();

    internal LogCapture Log { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Hotline:Channels:SmsGateway:Url"] = Gateway.Url,
        ["Hotline:Channels:SmsGateway:ApiKey"] = ApiKey,
        ["Hotline:Notifications:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Information",
    };

    /// <summary>Starts capturing; loggers created before (the plugin's among them) are included by the factory.</summary>
    public void CaptureLogs()
    {
        if (Interlocked.Exchange(ref _capturing, 1) == 0)
        {
            Host.App.Services.GetRequiredService<ILoggerFactory>().AddProvider(Log);
        }
    }

    public void Dispose() => Gateway.Dispose();
}
