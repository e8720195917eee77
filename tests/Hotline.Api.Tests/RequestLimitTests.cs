using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Hotline.Api.Tests;

/// <summary>The host-wide limits: body size (413) and JSON depth (400), answered as problem details naming what is wrong.</summary>
[Collection(ApiCollection.Name)]
public sealed class RequestLimitTests(ApiFixture fixture)
{
    private const int DefaultMaxBody = 1024 * 1024;

    [Fact]
    public async Task BodyTooLarge_WithContentLength_Answers413ProblemNamingTheBody()
    {
        var before = await fixture.SnapshotAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tickets") { Content = Json($"{{\"text\":\"{new string('a', DefaultMaxBody)}\"}}") };
        request.Headers.ExpectContinue = true;

        using var response = await fixture.Client("cc-agent-1").SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await Problem(response);
        Assert.Equal("body", problem.GetProperty("field").GetString());
        Assert.Empty(before.Differences(await fixture.SnapshotAsync()));
    }

    [Fact]
    public async Task BodyTooLarge_Chunked_Answers413Problem()
    {
        var bytes = Encoding.UTF8.GetBytes($"{{\"text\":\"{new string('a', DefaultMaxBody)}\"}}");
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tickets") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await fixture.Client("cc-agent-1").SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await Problem(response);
    }

    [Fact]
    public async Task JsonDeeperThanLimit_InAField_Answers400NamingTheField()
    {
        var deep = new string('[', 40) + new string(']', 40);
        using var response = await fixture.Client("cc-agent-1").PostAsync("/api/tickets", Json($"{{\"kind\":\"Complaint\",\"text\":{deep}}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Problem(response)).GetProperty("errors");
        Assert.Contains("text", errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task JsonDeeperThanLimit_AtTheRoot_Answers400NamingTheBody()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000);
        using var response = await fixture.Client("cc-agent-1").PostAsync("/api/tickets", Json(deep));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Problem(response)).GetProperty("errors");
        var (field, messages) = Assert.Single(errors.EnumerateObject().Select(e => (e.Name, e.Value)));
        Assert.Equal("a", field);
        Assert.Contains("deeper than 32", messages[0].GetString());
    }

    [Fact]
    public async Task WrongJsonType_Answers400NamingTheFieldWithoutInternals()
    {
        using var response = await fixture.Client("cc-agent-1").PostAsync("/api/tickets", Json("{\"kind\":\"Complaint\",\"projectId\":\"p-sunrise\",\"text\":42}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("System.", body);
        Assert.DoesNotContain("Exception", body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.StartsWith("must be a string (line 1, byte ", errors.GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task UnreadableRouteValue_Answers404Problem()
    {
        using var response = await fixture.Client().GetAsync("/api/tickets/not-a-guid/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await Problem(response);
    }

    [Fact]
    public async Task NulInQuery_Answers400NamingTheParameter()
    {
        using var response = await fixture.Client().GetAsync("/api/tickets?q=a%00b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Problem(response)).GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task NulOrLoneSurrogateInJson_Answers400NamingTheField()
    {
        foreach (var value in new[] { "a\\u0000b", "x\\ud800" })
        {
            using var response = await fixture.Client("cc-agent-1").PostAsync("/api/tickets", Json($"{{\"kind\":\"Complaint\",\"projectId\":\"p-sunrise\",\"text\":\"{value}\"}}"));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await Problem(response)).GetProperty("errors").TryGetProperty("text", out _), value);
        }
    }

    [Fact]
    public async Task WrongContentType_Answers415Problem()
    {
        using var response = await fixture.Client("cc-agent-1").PostAsync("/api/tickets", new StringContent("{\"kind\":\"Complaint\"}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await Problem(response);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
