using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;
using Npgsql;

namespace Hotline.Reporting.Tests.WeeklySummaries;

/// <summary>
/// A10.1.3.4: the project manager signs, then the branch head; a signature binds the SHA-256 of the exact content shown;
/// the second signature freezes it; a correction is a new version with its own signatures. Each test drafts a past week
/// of its own (POST .../draft) and works on the demo project p-sunrise (manager sunrise-manager, head north-head).
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class WeeklySummarySigningTests(ReportingFixture fixture)
{
    private const string Project = Demo.Sunrise;
    private HotlineTestHost Host => fixture.Host;

    [Fact]
    public async Task A10_1_3_4_WrongSigner_AnotherProjectsManagerALiaisonOrAnotherBranchHead_IsRefused()
    {
        const string week = "2026-W30";
        await Host.Draft(week);
        var hash = (await Host.Summary(Project, week)).Hash();

        var otherManager = await Host.Sign(Summaries.RiversideManager, Project, week, hash);
        var liaison = await Host.Sign(Demo.SunriseLiaison, Project, week, hash);
        var otherHead = await Host.Sign(Demo.SouthHead, Project, week, hash);

        // Another project's manager and another branch's head are outside p-sunrise (the policy hides it or refuses);
        // the liaison is of the project but does not sign.
        Assert.Contains(otherManager.Status, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.Forbidden, liaison.Status);
        Assert.Contains(otherHead.Status, new[] { HttpStatusCode.Forbidden, HttpStatusCode.NotFound });
        var after = await Host.Summary(Project, week);
        Assert.Equal("Draft", after.Status());
        Assert.Equal(0, after.GetProperty("current").GetProperty("signatures").GetArrayLength());
    }

    [Fact]
    public async Task A10_1_3_4_WrongOrder_BranchHeadBeforeManager_IsRefusedAndTheManagerCannotSignTwice()
    {
        const string week = "2026-W31";
        await Host.Draft(week);
        var hash = (await Host.Summary(Project, week)).Hash();

        var headFirst = await Host.Sign(Demo.NorthHead, Project, week, hash);
        var manager = await Host.Sign(Demo.SunriseManager, Project, week, hash);
        var managerAgain = await Host.Sign(Demo.SunriseManager, Project, week, hash);

        Assert.Equal(HttpStatusCode.Conflict, headFirst.Status);
        Assert.Equal("Out of order", headFirst.Body.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, manager.Status);
        Assert.Equal("ManagerSigned", manager.Body.Status());
        Assert.Equal(HttpStatusCode.Conflict, managerAgain.Status);
        Assert.Equal("Out of order", managerAgain.Body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A10_1_3_4_SecondSignature_FreezesTheSummary_EachSignatureRecordsSignerRoleTimeAndHash()
    {
        const string week = "2026-W32";
        await Host.Draft(week);
        var hash = (await Host.Summary(Project, week)).Hash();
        var signedAt = fixture.Clock.GetUtcNow();

        await Host.Sign(Demo.SunriseManager, Project, week, hash);
        var head = await Host.Sign(Demo.NorthHead, Project, week, hash);
        var signAgain = await Host.Sign(Demo.NorthHead, Project, week, hash);
        var remarks = await Host.Post(Demo.SunriseLiaison, $"{Summaries.Path(Project, week)}/remarks", new { remarks = "補充說明" });

        Assert.Equal(HttpStatusCode.OK, head.Status);
        var current = head.Body.GetProperty("current");
        Assert.Equal("Signed", current.GetProperty("status").GetString());
        Assert.Equal(signedAt, current.GetProperty("signedAt").GetDateTimeOffset());
        var signatures = current.GetProperty("signatures").EnumerateArray().ToList();
        Assert.Equal([Demo.SunriseManager, Demo.NorthHead], signatures.Select(s => s.GetProperty("signer").GetString()));
        Assert.Equal(["ProjectManager", "BranchHead"], signatures.Select(s => s.GetProperty("actingRole").GetString()));
        Assert.All(signatures, s => Assert.Equal(hash, s.GetProperty("contentSha256").GetString()));
        Assert.All(signatures, s => Assert.Equal(signedAt, s.GetProperty("signedAt").GetDateTimeOffset()));
        Assert.Equal(HttpStatusCode.Conflict, signAgain.Status);
        Assert.Equal("Frozen", signAgain.Body.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, remarks.Status);
        Assert.Equal(hash, (await Host.Summary(Project, week)).Hash());
    }

    [Fact]
    public async Task A10_1_3_4_ChangedContent_RemarksAddedAfterItWasShown_TheShownHashIsRefused()
    {
        const string week = "2026-W33";
        await Host.Draft(week);
        var shown = (await Host.Summary(Project, week, Demo.SunriseManager)).Hash();

        var remarked = await Host.Post(Demo.SunriseLiaison, $"{Summaries.Path(Project, week)}/remarks", new { remarks = "本週電梯維修已完成" });
        var stale = await Host.Sign(Demo.SunriseManager, Project, week, shown);

        Assert.Equal(HttpStatusCode.OK, remarked.Status);
        var current = remarked.Body.GetProperty("current");
        Assert.Equal("本週電梯維修已完成", current.GetProperty("content").GetProperty("remarks").GetString());
        var changed = remarked.Body.Hash();
        Assert.NotEqual(shown, changed);
        // The hash is the SHA-256 of the stored content's UTF-8 bytes, worked out here from the row itself.
        Assert.Equal(Sha256(await StoredContent(week)), changed);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.True(stale.Body.GetProperty("errors").TryGetProperty("contentSha256", out _));
        var signed = await Host.Sign(Demo.SunriseManager, Project, week, changed);
        Assert.Equal(HttpStatusCode.OK, signed.Status);
    }

    [Fact]
    public async Task A10_1_3_4_Correction_MakesANewVersion_TheOldIsKeptAsReplaced_AndTheNewNeedsItsOwnSignatures()
    {
        const string week = "2026-W34";
        await Host.Draft(week);
        var first = (await Host.Summary(Project, week)).Hash();
        await Host.Sign(Demo.SunriseManager, Project, week, first);
        await Host.Sign(Demo.NorthHead, Project, week, first);

        var noReason = await Host.Post(Demo.SunriseLiaison, $"{Summaries.Path(Project, week)}/corrections", new { reason = " " });
        var corrected = await Host.Post(Demo.SunriseLiaison, $"{Summaries.Path(Project, week)}/corrections", new { reason = "漏報一宗投訴" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.True(noReason.Body.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, corrected.Status);
        var current = corrected.Body.GetProperty("current");
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal("Draft", current.GetProperty("status").GetString());
        Assert.Equal("漏報一宗投訴", current.GetProperty("correctionReason").GetString());
        Assert.Equal(0, current.GetProperty("signatures").GetArrayLength());
        var old = corrected.Body.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetInt32() == 1);
        Assert.True(old.GetProperty("replaced").GetBoolean());
        Assert.Equal("Signed", old.GetProperty("status").GetString());
        Assert.Equal(2, old.GetProperty("signatures").GetArrayLength());

        var second = corrected.Body.Hash();
        Assert.NotEqual(first, second); // the content names its version
        Assert.Equal(HttpStatusCode.Conflict, (await Host.Sign(Demo.SunriseManager, Project, week, first)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await Host.Sign(Demo.NorthHead, Project, week, second)).Status);
        Assert.Equal(HttpStatusCode.OK, (await Host.Sign(Demo.SunriseManager, Project, week, second)).Status);
        Assert.Equal("Signed", (await Host.Sign(Demo.NorthHead, Project, week, second)).Body.Status());
        Assert.Contains($"weekly-summary/{Project}/{week}/v2/WeeklySummaryToSign", await Host.Inbox(Demo.SunriseManager, "WeeklySummaryToSign"));
    }

    [Fact]
    public async Task A10_1_3_4_BadInput_NamesTheField()
    {
        var badWeek = await Host.ClientAs(Summaries.QualityHead).GetAsync(Summaries.Path(Project, "2026-W54"));
        await Host.Draft("2026-W35");
        var noHash = await Host.Post(Demo.SunriseManager, $"{Summaries.Path(Project, "2026-W35")}/sign", new { });
        var notDrafted = await Host.ClientAs(Summaries.QualityHead).GetAsync(Summaries.Path(Project, "2025-W10"));
        var badFormat = await Host.ClientAs(Summaries.QualityHead).GetAsync($"{Summaries.Path(Project, "2026-W35")}?format=pdf");
        var badLate = await Host.ClientAs(Summaries.QualityHead).GetAsync("/api/reports/weekly-summaries?week=2026-W35&late=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, badWeek.StatusCode);
        Assert.Contains("\"week\"", await badWeek.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noHash.Status);
        Assert.True(noHash.Body.GetProperty("errors").TryGetProperty("contentSha256", out _));
        Assert.Equal(HttpStatusCode.NotFound, notDrafted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Contains("\"format\"", await badFormat.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badLate.StatusCode);
        Assert.Contains("\"late\"", await badLate.Content.ReadAsStringAsync());
    }

    private async Task<string> StoredContent(string week)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select content from weekly_summaries where project_id = $1 and week = $2 and not replaced", connection);
        command.Parameters.AddWithValue(Project);
        command.Parameters.AddWithValue(week);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
