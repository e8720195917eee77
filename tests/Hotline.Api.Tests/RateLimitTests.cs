using System.Net;
using System.Net.Http.Json;
using Hotline.Host.Http;
using Hotline.BuildingBlocks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Api.Tests;

/// <summary>
/// The named rate-limit policies, on a bare web app with only the hardening (the portal and webhook
/// endpoints do not exist yet): a client over its window gets 429 problem details with Retry-After.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hotline:RateLimits:OwnerPortal:PermitLimit"] = "3",
            ["Hotline:RateLimits:ChannelWebhook:PermitLimit"] = "2",
            ["Hotline:RateLimits:SignIn:PermitLimit"] = "2",
            ["Hotline:RateLimits:SignIn:WindowSeconds"] = "600",
            ["Hotline:RateLimits:SignInPerAddress:PermitLimit"] = "6",
            ["Hotline:RateLimits:SignInPerAddress:WindowSeconds"] = "600",
        });
        builder.AddHotlineHttpHardening();
        builder.Services.AddProblemDetails();
        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.UseStatusCodePages();
        _app.UseHotlineHttpHardening();
        _app.MapGet("/portal", () => "ok").RequireRateLimiting(RateLimitPolicyNames.OwnerPortal);
        _app.MapPost("/webhook", () => "ok").RequireRateLimiting(RateLimitPolicyNames.ChannelWebhook);
        _app.MapPost("/sign-in", (SignIn body) => body.Username).RequireRateLimiting(RateLimitPolicyNames.SignIn);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task OwnerPortal_OverTheWindow_Answers429ProblemWithRetryAfter()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/portal")).StatusCode);
        }

        using var refused = await _http.GetAsync("/portal");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {refused.Headers.RetryAfter}");
    }

    [Fact]
    public async Task ChannelWebhook_OverTheWindow_Answers429()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsync("/webhook", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsync("/webhook", null)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await _http.PostAsync("/webhook", null)).StatusCode);
    }

    [Fact]
    public async Task SignIn_CountsPerUserName_SoOneGuesserDoesNotLockOutAnother()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsJsonAsync("/sign-in", new SignIn("alice"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsJsonAsync("/sign-in", new SignIn("ALICE "))).StatusCode);

        using var third = await _http.PostAsJsonAsync("/sign-in", new SignIn("alice"));
        using var other = await _http.PostAsJsonAsync("/sign-in", new SignIn("bob"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 600 });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal("bob", await other.Content.ReadAsStringAsync()); // the endpoint still read the whole body
    }

    [Fact]
    public async Task SignIn_UserNameInTheQuery_DoesNotOpenAFreshWindow()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsJsonAsync("/sign-in?username=a1", new SignIn("carol"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.PostAsJsonAsync("/sign-in?username=a2", new SignIn("carol"))).StatusCode);

        using var third = await _http.PostAsJsonAsync("/sign-in?username=a3", new SignIn("carol"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task SignIn_AFreshUserNamePerRequest_StillMeetsThePerAddressWindow()
    {
        // Issue 10: each new name opened a fresh window, so a flood of password hashing went through.
        for (var i = 1; i <= 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _http.PostAsJsonAsync("/sign-in", new SignIn($"fresh-{i}"))).StatusCode);
        }

        using var seventh = await _http.PostAsJsonAsync("/sign-in", new SignIn("fresh-7"));

        Assert.Equal(HttpStatusCode.TooManyRequests, seventh.StatusCode);
        Assert.NotNull(seventh.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("""{"username":"dave","username":"erin"}""")]
    [InlineData("""{"username":"dave","Username":"erin"}""")]
    public async Task SignIn_UserNameKeyGivenTwice_Is400(string body)
    {
        // Issue 10: the limiter counted the first name while the endpoint signed in to the last one.
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await _http.PostAsync("/sign-in", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private sealed record SignIn(string Username);
}
