using System.Diagnostics.Metrics;
using Hotline.Security.Contracts;
using Microsoft.Extensions.Logging;

namespace Hotline.Security.Events;

/// <summary>
/// The security log: one structured log line (category <see cref="Category"/>) and one count on the counter
/// <see cref="CounterName"/> (meter <see cref="MeterName"/>, tag <c>event</c>) per event. Events carry the endpoint
/// and a reason code only: never a password, a user name, an address or a person id.
/// </summary>
public sealed class SecurityEvents : IWebhookSecurityEvents
{
    public const string Category = "Hotline.Security.Events";
    public const string MeterName = "Hotline.Security";
    public const string CounterName = "hotline.security.events";

    private readonly ILogger _logger;
    private readonly Counter<long> _counter;

    public SecurityEvents(ILoggerFactory loggers, IMeterFactory meters)
    {
        _logger = loggers.CreateLogger(Category);
        _counter = meters.Create(MeterName).CreateCounter<long>(CounterName, description: "Security events: failed sign-ins, back-offs, refusals, rate-limit hits");
    }

    public void Record(SecurityEventKind kind, string endpoint, string reason)
    {
        var name = Name(kind);
        _counter.Add(1, new KeyValuePair<string, object?>("event", name));
        _logger.LogWarning(new EventId((int)kind + 9000, name), "Security event {SecurityEvent} at {Endpoint}: {Reason}", name, endpoint, reason);
    }

    public void WebhookRefused(string endpoint, string reason) => Record(SecurityEventKind.WebhookRefused, endpoint, reason);

    public static string Name(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignInFailed => "sign-in-failed",
        SecurityEventKind.SignInBackoff => "sign-in-backoff",
        SecurityEventKind.SignInBusy => "sign-in-busy",
        SecurityEventKind.AccessRefused => "access-refused",
        SecurityEventKind.RevokedCredential => "revoked-credential",
        SecurityEventKind.RateLimited => "rate-limited",
        SecurityEventKind.WebhookRefused => "webhook-refused",
        _ => "other",
    };
}
