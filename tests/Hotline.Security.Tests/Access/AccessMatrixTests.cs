using System.Collections.Concurrent;
using System.Net;
using Hotline.Escalation.Api;
using Hotline.Security.Access;
using Hotline.Tickets.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Security.Tests.Access;

/// <summary>Every role × every endpoint × in scope / out of scope, over HTTP, against <see cref="ExpectedAccess"/>.</summary>
[Collection(AccessCollection.Name)]
public sealed class AccessMatrixTests(AccessFixture fixture)
{
    [Fact]
    public void AccessMatrix_EveryMappedEndpoint_HasExactlyOneExpectedRow()
    {
        var mapped = MappedEndpoints();
        var expected = ExpectedAccess.Rows.Select(r => r.Endpoint).ToList();

        Assert.Empty(mapped.Except(expected));
        Assert.Empty(expected.Except(mapped));
        Assert.Equal(expected.Count, expected.Distinct().Count());
    }

    [Fact]
    public void AccessTable_EveryMappedEndpoint_HasARule()
    {
        var unruled = MappedEndpoints().Where(key =>
        {
            var slash = key.LastIndexOf('/');
            return AccessTable.Find(key, null) is null
                && AccessTable.Find(key[..slash] + "/{command}", key[(slash + 1)..]) is null;
        });

        Assert.Empty(unruled);
    }

    [Fact]
    public async Task AccessMatrix_EveryRoleEndpointAndScope_AllowsOrDeniesAsExpected()
    {
        var wrong = new ConcurrentBag<string>();
        var cells = ExpectedAccess.Rows.SelectMany(row => MatrixPeople.All.Select(person => (row, person))).ToList();

        // Sign-out revokes every token of its caller, the ones other cells of the same person are using in parallel
        // included: those cells go first, then each person's sign-out as their last request (tokens are minted per
        // request, so the tests after this one get tokens carrying the new stamp).
        await Parallel.ForEachAsync(cells.Where(c => !c.row.RevokesCaller), new ParallelOptions { MaxDegreeOfParallelism = 8 }, Check);
        await Parallel.ForEachAsync(cells.Where(c => c.row.RevokesCaller), new ParallelOptions { MaxDegreeOfParallelism = 8 }, Check);

        Assert.True(cells.Count >= 700, $"only {cells.Count} cells");
        Assert.True(wrong.IsEmpty, $"{wrong.Count} of {cells.Count} cells wrong:\n{string.Join('\n', wrong.Order())}");

        async ValueTask Check((ExpectedRow row, MatrixPerson person) cell, CancellationToken _)
        {
            var (row, person) = cell;
            using var response = await fixture.Host.ClientAs(person.Id).SendAsync(MatrixRequests.For(row.Endpoint, fixture));
            var expected = row.Allows(person.Role, person.Scope, person.InScope);
            // The fixture's ticket, warning, project and branch exist: the access policy's 404 ("there is no such ...")
            // is its refusal of something outside the caller's scope (issue 10); an endpoint's own 404 (a random photo id) is not.
            var hidden = response.StatusCode == HttpStatusCode.NotFound && (await response.Content.ReadAsStringAsync()).Contains("\"there is no such ", StringComparison.Ordinal);
            var allowed = response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized) && !hidden && !SentToOwnerSignIn(row, response);
            if (allowed != expected || response.StatusCode is HttpStatusCode.InternalServerError)
            {
                wrong.Add($"{row.Endpoint} as {person.Id} ({person.Role}, {(person.InScope ? "in" : "out of")} scope): expected {(expected ? "allow" : "deny")}, got {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task AccessMatrix_NoCredentials_EveryEndpointButTheOpenOnesAnswers401()
    {
        var wrong = new List<string>();
        foreach (var row in ExpectedAccess.Rows)
        {
            using var response = await fixture.Host.Anonymous.SendAsync(MatrixRequests.For(row.Endpoint, fixture));
            var refused = response.StatusCode == HttpStatusCode.Unauthorized || SentToOwnerSignIn(row, response) || SentToStaffSignIn(row, response);
            if (refused == row.IsOpen)
            {
                wrong.Add($"{row.Endpoint}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(wrong);
    }

    /// <summary>A portal page refuses whoever has no owner session by sending the browser to the owners' sign-in (the client follows it).</summary>
    private static bool SentToOwnerSignIn(ExpectedRow row, HttpResponseMessage response) =>
        row.IsOwner && response.RequestMessage?.RequestUri?.AbsolutePath == "/portal/sign-in";

    /// <summary>A console page sends a visitor without a session to the staff sign-in form (the client follows it).</summary>
    private static bool SentToStaffSignIn(ExpectedRow row, HttpResponseMessage response) =>
        row.Endpoint.Contains(" /console", StringComparison.Ordinal) && response.RequestMessage?.RequestUri?.AbsolutePath == "/account/sign-in";

    /// <summary>Every endpoint the running host maps (but static files open to all), with command endpoints expanded into one key per command.</summary>
    private List<string> MappedEndpoints()
    {
        var keys = fixture.Host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<Hotline.Security.Contracts.Access.PublicAsset>() is null)
            .Select(EndpointKeys.Of).OfType<string>().Distinct().ToList();
        return keys.SelectMany(key => key switch
        {
            _ when key.EndsWith("/api/tickets/{id:guid}/{command}", StringComparison.Ordinal) => TicketCommands.All.Select(c => key.Replace("{command}", c)),
            _ when key.EndsWith("/api/warnings/{id:guid}/{command}", StringComparison.Ordinal) => WarningCommandParser.Commands.Select(c => key.Replace("{command}", c)),
            _ => [key],
        }).ToList();
    }
}
