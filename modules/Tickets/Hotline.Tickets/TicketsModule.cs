using Hotline.BuildingBlocks;
using Hotline.BuildingBlocks.Observability;
using Hotline.Tickets.Api;
using Hotline.Tickets.Categories;
using Hotline.Tickets.Privacy;
using Hotline.Tickets.Queries;
using Hotline.Tickets.Sla;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Tickets;

public static class TicketsModule
{
    public static IHostApplicationBuilder AddTicketsModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(TicketsModule).Assembly);
        builder.Services.AddSlaPolicy(builder.Configuration);
        builder.Services.BindChecked<OwnerWaitOptions>(builder.Configuration, OwnerWaitOptions.SectionName);
        builder.Services.BindChecked<UrgeOptions>(builder.Configuration, UrgeOptions.SectionName);
        builder.Services.BindChecked<WarmUp.DeadlineWarmUpOptions>(builder.Configuration, WarmUp.DeadlineWarmUpOptions.SectionName);
        builder.Services.AddSingleton<WarmUp.DeadlineWarmUp>();
        builder.Services.AddHostedService(p => p.GetRequiredService<WarmUp.DeadlineWarmUp>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHotlineMetrics();
        builder.Services.BindChecked<Observability.OpenTicketGaugeOptions>(builder.Configuration, Observability.OpenTicketGaugeOptions.SectionName);
        builder.Services.AddHostedService<Observability.OpenTicketGauge>();
        builder.Services.AddCategoryCatalog();
        builder.Services.AddTicketQueryStore();
        builder.Services.AddSingleton<IntakeChannels>();
        builder.Services.AddSingleton<RegisterTicketValidator>();
        builder.Services.AddSingleton<Hotline.Tickets.Contracts.Commands.ITicketCommandSender, TicketCommandSender>();
        builder.Services.AddSingleton<Hotline.Tickets.Contracts.Privacy.IOwnerContactViewer, OwnerContactViewer>();
        builder.Services.AddSingleton<StaffTicketIntake>();
        builder.Services.AddSingleton<Hotline.Tickets.Contracts.Intake.IStaffIntake>(p => p.GetRequiredService<StaffTicketIntake>());
        // Registration for the owners' doors (channels, portal) and an owner's ticket list, through Tickets.Contracts.
        builder.Services.AddSingleton<Hotline.Tickets.Contracts.Intake.ITicketIntake, ChannelTicketIntake>();
        builder.Services.TryAddSingleton<Hotline.Tickets.Contracts.Intake.IOwnerTicketList, OwnerTicketList>();
        builder.Services.AddSingleton<Dispatch.HandlerDispatch>();
        // Short ticket numbers in routes: rewritten to the ticket's id ahead of routing (see TicketNumberRoutes).
        builder.Services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, TicketNumberRoutes>();
        builder.Services.AddOwnerPrivacy();
        builder.Services.AddSingleton<Hotline.Security.Contracts.Access.ITicketLocator, Access.TicketLocator>();
        return builder;
    }
}
