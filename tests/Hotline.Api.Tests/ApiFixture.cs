using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Api.Tests;

/// <summary>The host under test, one ticket every id-taking endpoint can reach, and the database to compare.</summary>
public sealed class ApiFixture : HostFixture
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private string? _ticketId;

    /// <summary>The person the suite acts as unless a test names another.</summary>
    public const string DefaultPerson = "admin";

    /// <summary>
    /// The one place these tests get their client. Every request goes through it, so switching the
    /// identity the suite acts as is a change here only. A fixed person, so the request is sent exactly
    /// as generated (the shared client would re-read the body to find whom to sign in as).
    /// </summary>
    public HttpClient Client(string person = DefaultPerson) => Host.ClientAs(person);

    /// <summary>
    /// People of the demo organisation who, between them, may call every endpoint (administration, call
    /// center, the p-sunrise unit, quality, leadership): a request refused to one is tried as the next.
    /// </summary>
    public static readonly IReadOnlyList<string> ActingPeople = [DefaultPerson, "cc-supervisor", "sunrise-manager", "qd-head", "gm"];

    public Task<DatabaseSnapshot> SnapshotAsync() => DatabaseSnapshot.TakeAsync(ConnectionString);

    /// <summary>A registered ticket (created once), so commands and reads by id get past "not found".</summary>
    public async Task<string> ExistingTicketIdAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_ticketId is null)
            {
                var response = await Client("cc-agent-1").PostAsJsonAsync("/api/tickets", new
                {
                    requestId = "api-tests-existing-ticket", kind = "Complaint", projectId = "p-sunrise",
                    text = "3號樓電梯壞了", location = "3號樓", registeredBy = "cc-agent-1", householdNotGiven = true,
                });
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, $"registering the fixture ticket: {(int)response.StatusCode} {body}");
                _ticketId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
            }

            return _ticketId!;
        }
        finally
        {
            _once.Release();
        }
    }
}
