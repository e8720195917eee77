using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hotline.TestKit;
using Microsoft.Extensions.Logging;

namespace Hotline.Security.Tests.Identity;

/// <summary>Demo accounts get random passwords printed once, at the start that creates them; none is in the repository.</summary>
public sealed partial class DemoAccountsTests
{
    private static readonly Dictionary<string, string?> DemoSettings = new()
    {
        ["Hotline:Security:DemoAccounts"] = "true",
        ["Logging:LogLevel:Hotline.Security.Identity.Demo"] = "Information",
    };

    [Fact]
    public async Task FirstStart_PrintsEveryDemoPasswordOnce_SecondStartDoesNot()
    {
        var database = await TestPostgres.CreateDatabaseAsync("demoaccounts");
        var serviceId = $"test-{Guid.NewGuid():N}"[..20];
        var clock = DemoClock.Create();

        var firstLog = new LogCapture();
        await using (var first = await HotlineTestHost.StartAsync(database, serviceId, clock, DemoSettings, b => b.Logging.AddProvider(firstLog)))
        {
            var printed = firstLog.Lines.Select(l => PrintedAccount().Match(l)).Where(m => m.Success)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            Assert.Contains(firstLog.Lines, l => l.Contains("shown only once", StringComparison.Ordinal));
            Assert.Equal(33, printed.Count); // 25 people, and since issue 11 two handlers in each of the four projects
            Assert.Contains("qd-head", printed.Keys);
            Assert.All(printed.Values, p => Assert.Equal(16, p.Length));

            using var client = new HttpClient { BaseAddress = first.Http.BaseAddress };
            using var signIn = await client.PostAsJsonAsync("/api/auth/token", new { username = "qd-head", password = printed["qd-head"] });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        }

        var secondLog = new LogCapture();
        await using (await HotlineTestHost.StartAsync(database, serviceId, clock, DemoSettings, b => b.Logging.AddProvider(secondLog)))
        {
            Assert.DoesNotContain(secondLog.Lines, l => PrintedAccount().IsMatch(l));
            Assert.Contains(secondLog.Lines, l => l.Contains("Demo accounts exist", StringComparison.Ordinal) && l.Contains("reset-password", StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@": demo account (\S+) password (\S+) $")]
    private static partial Regex PrintedAccount();
}
