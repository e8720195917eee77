using Hotline.Escalation.Contracts;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Escalation.Tests;

/// <summary>One real host with the demo organisation, shared by the warning scenarios. Tests only move its clock forward.</summary>
public sealed class EscalationFixture : HostFixture
{
    public IPenaltyLedger Ledger => Host.App.Services.GetRequiredService<IPenaltyLedger>();
}
