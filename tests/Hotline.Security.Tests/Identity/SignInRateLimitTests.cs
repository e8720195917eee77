using System.Net;
using System.Net.Http.Json;

namespace Hotline.Security.Tests.Identity;

/// <summary>Guessing passwords is slowed per address and user name before lock-out even counts (host's "sign-in" policy).</summary>
[Collection(SecurityCollection.Name)]
public sealed class SignInRateLimitTests(SecurityFixture fixture)
{
    [Fact]
    public async Task TokenSignIn_TooManyAttemptsForOneUserName_Is429WithRetryAfter()
    {
        var username = $"guess-{Guid.NewGuid():N}";
        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            // Past the name's back-off (at most 15 minutes on the fixture's clock), which would answer 429 itself:
            // this is about the rate limiter, which counts in real time.
            fixture.Clock.Advance(TimeSpan.FromMinutes(16));
            answers.Add(await fixture.Host.Anonymous.PostAsJsonAsync("/api/auth/token", new { username, password = $"wrong-{attempt}" }));
        }

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10].StatusCode);
        Assert.NotNull(answers[10].Headers.RetryAfter);
        var another = await fixture.Host.Anonymous.PostAsJsonAsync("/api/auth/token", new { username = $"other-{Guid.NewGuid():N}", password = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, another.StatusCode);
    }
}
