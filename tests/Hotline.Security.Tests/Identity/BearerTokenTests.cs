using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hotline.Security.Identity.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotline.Security.Tests.Identity;

/// <summary>Username and password buy a bearer token; the token signs the caller in as their person.</summary>
[Collection(SecurityCollection.Name)]
public sealed class BearerTokenTests(SecurityFixture fixture)
{
    [Fact]
    public async Task Token_RightCredentials_SignsInAsThePersonOnMe()
    {
        await fixture.SetPasswordAsync("qd-head", "qd-head", "qd-head-test-password");
        using var client = fixture.NewAnonymousClient();

        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = "QD-Head", password = "qd-head-test-password" });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.Equal("qd-head", token.GetProperty("personId").GetString());
        Assert.Equal(fixture.Clock.GetUtcNow().AddHours(8), token.GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));

        var me = await Me(client, token.GetProperty("accessToken").GetString()!);
        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal("qd-head", me.Body.GetProperty("personId").GetString());
        Assert.False(string.IsNullOrEmpty(me.Body.GetProperty("name").GetString()));
        Assert.Contains(me.Body.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "QualityDeptHead");
    }

    [Fact]
    public async Task Issue_TokenIssuerFromTheHost_IsAcceptedWithoutPassword()
    {
        var issued = fixture.Host.App.Services.GetRequiredService<TokenIssuer>().Issue("north-head");
        using var client = fixture.NewAnonymousClient();

        var me = await Me(client, issued.AccessToken);

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal("north-head", me.Body.GetProperty("personId").GetString());
    }

    [Fact]
    public async Task Me_NoTokenOrForgedOrExpired_Answers401NotARedirect()
    {
        using var client = fixture.NewAnonymousClient(new HttpClientHandler { AllowAutoRedirect = false });
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenIssuer.Issuer,
            Audience = TokenIssuer.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "admin" },
            Expires = fixture.Clock.GetUtcNow().AddHours(1).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256),
        });
        var expiring = fixture.Host.App.Services.GetRequiredService<TokenIssuer>().Issue("gm").AccessToken;

        using var anonymous = await client.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Me(client, forged)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Me(client, "not-a-token")).Status);
        fixture.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Me(client, expiring)).Status);
    }

    [Fact]
    public async Task Token_MissingFields_AnswersValidationProblemByField()
    {
        using var client = fixture.NewAnonymousClient();

        using var response = await client.PostAsJsonAsync("/api/auth/token", new { username = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("username", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> Me(HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.IsSuccessStatusCode ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }
}
