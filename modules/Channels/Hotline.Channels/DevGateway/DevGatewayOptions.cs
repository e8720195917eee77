namespace Hotline.Channels.DevGateway;

/// <summary>The section <c>Hotline:Channels:DevGateway</c>: the local development SMS gateway (never in production).</summary>
public sealed class DevGatewayOptions
{
    public const string SectionName = "Hotline:Channels:DevGateway";
    public const string EnabledKey = SectionName + ":Enabled";

    /// <summary>Serve <c>POST /dev/sms-gateway</c> and keep what it receives in <c>dev_sms_outbox</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>When set, a post must carry it in <c>X-Api-Key</c> (as the SMS gateway plugin sends its <c>ApiKey</c>).</summary>
    public string? ApiKey { get; set; }

    // The API key is a secret: never printed.
    public override string ToString() => $"DevGatewayOptions {{ Enabled = {Enabled}, ApiKey = {(ApiKey is null ? "(none)" : "***")} }}";
}
