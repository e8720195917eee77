using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Kernel;
using Hotline.Security.Contracts;
using Hotline.Tickets.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>GET /api/tickets on a bare web app over a real database (the Hotline host does not map it yet).</summary>
public sealed class TicketQueryEndpointTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_db.DataSource).AddTicketQueryStore();
        _app = builder.Build();
        // The access policy is not part of this bare app: every request arrives as a company-wide reader, as the policy would admit one.
        var reader = new RoleAssignment(Role.QualityDeptStaff, ScopeKind.Company, "company");
        _app.Use((context, next) =>
        {
            context.Features.Set(new Caller("qd-staff", [reader], reader));
            return next(context);
        });
        _app.MapTicketQueries();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task GetTickets_Filters_ReturnsPageFromTheStore()
    {
        var rows = Rows.Many(5);
        await _db.UpsertAll([.. rows, Rows.Ticket("電梯又壞了", minutes: 9) with { ProjectId = "p-harbour", Status = "Started" }]);

        var page = await _http.GetFromJsonAsync<TicketPage>("/api/tickets?projectId=p-sunrise&status=dispatched&page=2&pageSize=2");
        var text = await _http.GetFromJsonAsync<TicketPage>($"/api/tickets?q={Uri.EscapeDataString("電梯")}");

        Assert.Equal(["ticket 2", "ticket 1"], page!.Items.Select(r => r.Text));
        Assert.Equal((5, 2, 2), (page.Total, page.Page, page.PageSize));
        Assert.Equal("p-harbour", Assert.Single(text!.Items).ProjectId);
    }

    [Theory]
    [InlineData("kind=Complain", "kind")]
    [InlineData("severity=2", "severity")]
    [InlineData("status=Nope", "status")]
    [InlineData("breached=maybe", "breached")]
    [InlineData("from=notadate", "from")]
    [InlineData("to=2025-13-01", "to")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    public async Task GetTickets_BadValue_Returns400NamingTheParameter(string query, string parameter)
    {
        var response = await _http.GetAsync($"/api/tickets?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(p => p.Name));
    }
}
