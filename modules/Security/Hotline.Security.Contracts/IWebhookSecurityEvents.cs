namespace Hotline.Security.Contracts;

/// <summary>
/// Lets other modules record a refused webhook (bad or missing signature, a timestamp outside the window) in the
/// security log the Security module keeps: same log category, same counter, a reason code without secrets or addresses.
/// </summary>
public interface IWebhookSecurityEvents
{
    void WebhookRefused(string endpoint, string reason);
}
