using Hotline.TestKit;

namespace Hotline.Observability.Tests;

/// <summary>One host on its own database; the open-tickets figures refresh every second so a test sees its own tickets soon.</summary>
public sealed class ObservabilityFixture : HostFixture
{
    public const string Admin = "admin";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:Metrics:OpenTicketsRefresh"] = "00:00:01",
    };
}
