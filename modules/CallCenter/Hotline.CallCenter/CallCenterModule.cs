using Hotline.CallCenter.Calls;
using Hotline.CallCenter.Contracts;
using Hotline.CallCenter.Owners;
using Hotline.CallCenter.Precheck;
using Hotline.CallCenter.Ringing;
using Hotline.BuildingBlocks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.CallCenter;

/// <summary>
/// The 400 call center's workspace (A2, A10.1): who is calling (the household registry) and what they already have open
/// (the ticket list), what registering would do (classification, A11.1.1 repeat) before it is done, and the CTI's
/// incoming-call hook. Reads other modules only through their contracts; registering stays <c>POST /api/tickets</c>.
/// </summary>
public static class CallCenterModule
{
    public static IHostApplicationBuilder AddCallCenterModule(this IHostApplicationBuilder builder)
    {
        // This module's table (Migrations/*.sql in this assembly): the call log.
        builder.Services.AddMigrations(typeof(CallCenterModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.BindChecked<CallCenterOptions>(builder.Configuration, CallCenterOptions.SectionName);
        builder.Services.AddSingleton<OwnerRecords>();
        builder.Services.AddSingleton<ICallLog, CallLogStore>();
        // One piece of code per question, for the API and the console's agent workspace alike.
        builder.Services.AddSingleton<IOwnerSearch, OwnerSearch>();
        builder.Services.AddSingleton<IComplaintPrecheck, ComplaintPrecheck>();
        builder.Services.AddSingleton<IRingingCalls, RingingCalls>();
        return builder;
    }

    /// <summary>/api/call-center/owners, /precheck and /calls (call-center agents and supervisors, access table).</summary>
    public static IEndpointRouteBuilder MapCallCenter(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/call-center").WithTags("CallCenter");
        group.MapOwnerLookup();
        group.MapPrecheck();
        group.MapCalls();
        return app;
    }
}
