using System.Net;
using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>Bad input is a 400 naming the field; an unknown warning is a 404.</summary>
[Collection(EscalationCollection.Name)]
public sealed class ApiTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task Inbox_naming_nobody_is_the_signed_in_persons_own()
    {
        var response = await fixture.Host.ClientAs("legal-staff").GetAsync("/api/inbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Inbox_of_someone_never_notified_is_empty()
    {
        var page = await fixture.Host.ClientAs("admin").GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/inbox?personId=nobody-{Guid.NewGuid():N}", Json.Options);

        Assert.Empty(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Unknown_warning_is_not_found()
    {
        var id = Guid.NewGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Http.GetAsync($"/api/warnings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _warnings.Send(id, "verify", new { personId = Demo.Supervisor, role = "CallCenterSupervisor" })).StatusCode);
    }

    [Theory]
    [InlineData("dismiss", "{\"personId\":\"cc-supervisor\",\"role\":\"CallCenterSupervisor\"}", "reason")]
    [InlineData("answer", "{\"personId\":\"north-head\",\"role\":\"BranchHead\",\"completionDueAt\":\"2030-01-01T00:00:00Z\"}", "plan")]
    [InlineData("assign-departments", "{\"personId\":\"qd-head\",\"role\":\"QualityDeptHead\",\"departments\":[]}", "departments")]
    [InlineData("approve", "{\"personId\":\"cc-supervisor\",\"role\":\"CallCenterSupervisor\"}", "command")]
    public async Task Bad_command_input_is_a_400_naming_the_field(string command, string body, string field)
    {
        var raised = await _warnings.Raise(WarningLevel.Blue);

        var response = await fixture.Http.PostAsync($"/api/warnings/{raised.Id}/{command}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await WarningDriver.Problem(response)).GetProperty("errors").TryGetProperty(field, out _), $"400 names {field}");
    }

    [Fact]
    public async Task Reversal_names_missing_fields()
    {
        var response = await fixture.Host.ClientAs(Demo.QualityHead).PostAsJsonAsync("/api/scores/reversals", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await WarningDriver.Problem(response)).GetProperty("errors");
        Assert.All(new[] { "warningId", "reason" }, f => Assert.True(errors.TryGetProperty(f, out _), f));
    }

    [Fact]
    public async Task Scores_default_to_the_current_business_month()
    {
        var scores = await fixture.Host.ClientAs("qd-staff").GetFromJsonAsync<PenaltyScores>("/api/scores", Json.Options);

        Assert.Equal(WarningDriver.MonthOf(fixture.Clock.GetUtcNow()), scores!.Month);
    }
}
