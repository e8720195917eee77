using Hotline.Live.Contracts;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Live.Tests.Publishing;

/// <summary>One real host whose ticket clocks run around the clock (deadlines follow the fake clock directly).</summary>
public sealed class PublishingFixture : HostFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:Sla:DutyWindow:Start"] = "00:00",
        ["Hotline:Sla:DutyWindow:End"] = "24:00",
    };

    public ILiveChanges Changes => Host.App.Services.GetRequiredService<ILiveChanges>();
}
