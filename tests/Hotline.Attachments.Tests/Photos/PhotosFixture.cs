using Hotline.TestKit;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>A host with small photo limits, so the limits are reached with small files; uploads act as a call-center agent.</summary>
public sealed class PhotosFixture : HostFixture
{
    public const long MaxBytes = 64 * 1024;
    public const int MaxPerTicket = 3;
    public const long MaxBytesPerTicket = 100 * 1024;
    public const string Uploader = "cc-agent-1";

    private HttpClient? _agent;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:Photos:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hotline:Photos:MaxPerTicket"] = MaxPerTicket.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hotline:Photos:MaxBytesPerTicket"] = MaxBytesPerTicket.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public HttpClient Agent => _agent ??= Host.ClientAs(Uploader);

    public async Task<Guid> NewTicket() => (await Agent.Register(TicketApi.Complaint())).Id;
}
