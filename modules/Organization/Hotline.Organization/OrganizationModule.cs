using Hotline.BuildingBlocks;
using Hotline.Organization.Api;
using Hotline.Organization.Contracts;
using Hotline.Organization.Directory;
using Hotline.Organization.Households;
using Hotline.Organization.Places;
using Hotline.Organization.SameIssue;
using Hotline.Organization.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace Hotline.Organization;

public static class OrganizationModule
{
    /// <summary>
    /// Registers the organisation's seeding, run once the silo is active, and same-issue counting on its rows. Counting
    /// reads its numbers from <see cref="ISameIssuePolicy"/> and raises its incidents through <see cref="IIncidentWarnings"/>,
    /// both of which the Escalation module registers (one policy, one owner of warnings), and expects the host's NpgsqlDataSource.
    /// </summary>
    public static IHostApplicationBuilder AddOrganizationModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(OrganizationModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SameIssueStore>();
        builder.Services.AddSingleton<IRepeatComplaints, RepeatComplaintCheck>();
        builder.Services.AddSingleton<HouseholdStore>();
        builder.Services.AddSingleton<IHouseholdRegistry>(sp => sp.GetRequiredService<HouseholdStore>());
        builder.Services.AddSingleton<IHouseholdImporter, HouseholdImporter>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, LegacySameIssueMigration>();
        builder.Services.AddHostedService<SameIssuePruning>();
        builder.Services.AddStaffDirectory(builder.Configuration);
        // One per-silo copy of the branches and projects for the access checks and the reports.
        builder.Services.AddSingleton<IOrganizationPlaces, OrganizationPlacesCopy>();
        builder.Services.AddSingleton(QualityDeptDutyConfiguration.Bind(builder.Configuration));
        const string key = OrganizationOptions.SectionName + ":SeedFile";
        var seedFile = builder.Configuration[key];
        if (!string.IsNullOrWhiteSpace(seedFile))
        {
            var path = Path.IsPathRooted(seedFile) ? seedFile : Path.Combine(AppContext.BaseDirectory, seedFile);
            builder.Services.AddSingleton(OrganizationFile.Read(path, key));
            builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, OrganizationSeeder>();
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapOrganization(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organization").WithTags("Organization");
        // QualityDept's duty hours are configuration; the company shows them beside its branches (A8.1.3, A9.1).
        group.MapGet("/", async Task<Results<Ok<CompanyInfo>, NotFound>> (IGrainFactory grains, QualityDeptDuty qualityDept) =>
            await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetInfo() is { } company
                ? TypedResults.Ok(company with { QualityDeptDuty = qualityDept.Hours })
                : TypedResults.NotFound());
        group.MapGet("/branches/{id}", async Task<Results<Ok<BranchInfo>, NotFound>> (string id, IGrainFactory grains) =>
            await grains.GetGrain<IBranchGrain>(id).GetInfo() is { } branch ? TypedResults.Ok(branch) : TypedResults.NotFound());
        group.MapGet("/projects/{id}", async Task<Results<Ok<ProjectInfo>, NotFound>> (string id, IGrainFactory grains) =>
            await grains.GetGrain<IProjectGrain>(id).GetInfo() is { } project ? TypedResults.Ok(project) : TypedResults.NotFound());
        group.MapIssues();
        group.MapRosters();
        group.MapHouseholdRegistry();
        group.MapProjectPeople();
        return app;
    }
}
