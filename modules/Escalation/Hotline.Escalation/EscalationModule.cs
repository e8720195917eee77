using Hotline.BuildingBlocks;
using Hotline.BuildingBlocks.Observability;
using Hotline.Escalation.Api;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Lists;
using Hotline.Escalation.Penalties;
using Hotline.Escalation.Policy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Escalation;

public static class EscalationModule
{
    /// <summary>
    /// Checks Hotline:Escalation now (a bad value stops the start naming its key) and registers the policy
    /// every module reads (<see cref="IEscalationPolicy"/>, replacing any default; the same-issue counters read it as
    /// ISameIssuePolicy) and the A12 ledger. Warnings notify through the Notifications module's INotifier.
    /// Expects the host's NpgsqlDataSource and business TimeZoneInfo singletons.
    /// </summary>
    public static IHostApplicationBuilder AddEscalationModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(EscalationModule).Assembly);
        var options = EscalationConfiguration.Bind(builder.Services, builder.Configuration);
        builder.Services.AddSingleton(options);
        var policy = new ConfiguredEscalationPolicy(options);
        builder.Services.AddSingleton<IEscalationPolicy>(policy);
        builder.Services.AddSingleton<Hotline.Organization.Contracts.ISameIssuePolicy>(policy);
        builder.Services.AddSingleton(EscalationFacts.Of(options, policy));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHotlineMetrics();
        builder.Services.TryAddSingleton<IPenaltyLedger, PostgresPenaltyLedger>();
        builder.Services.TryAddSingleton<IWarningListStore, PostgresWarningListStore>();
        builder.Services.TryAddSingleton<IWarningScopes, WarningListScopes>();
        builder.Services.TryAddSingleton<Hotline.Security.Contracts.Access.IWarningLocator, Access.WarningLocator>();
        builder.Services.TryAddSingleton<WarningList>();
        builder.Services.TryAddSingleton<IWarningList>(sp => sp.GetRequiredService<WarningList>());
        builder.Services.TryAddSingleton<IWarningCommands, WarningCommands>();
        // The same-issue counters (Organization) raise, join and close their incidents' warnings through this.
        builder.Services.TryAddSingleton<Hotline.Organization.Contracts.IIncidentWarnings, Warnings.SameIssueIncidents>();
        return builder;
    }

    /// <summary>/api/warnings and /api/scores.</summary>
    public static IEndpointRouteBuilder MapEscalation(this IEndpointRouteBuilder app)
    {
        app.MapWarnings();
        app.MapWarningList();
        app.MapScores();
        app.MapEscalationPolicy();
        return app;
    }
}
