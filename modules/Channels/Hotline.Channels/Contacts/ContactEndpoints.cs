using Hotline.Channels.Inbound;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Channels.Contacts;

/// <summary>
/// The call center's list of senders nobody could place (<c>GET /api/channels/contacts?status=unverified</c>, phones
/// masked) and the match to a registered household (<c>POST /api/channels/contacts/{id}/match</c>), after which the
/// contact's waiting messages are processed into tickets at once.
/// </summary>
public static class ContactEndpoints
{
    private static readonly string[] Statuses = ["unverified", "matched"];

    public static IEndpointRouteBuilder MapContacts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/channels/contacts").WithTags("Channels");
        group.MapGet("/", List);
        group.MapPost("/{id:guid}/match", Match);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<UnverifiedContact>>, ValidationProblem>> List(string? status, int? limit, ContactStore contacts, CancellationToken ct)
    {
        if (status is not null && !Statuses.Contains(status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"must be one of: {string.Join(", ", Statuses)}"] });
        }

        if (limit is < 1 or > InboundOperatorEndpoints.MaxLimit)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"must be 1 to {InboundOperatorEndpoints.MaxLimit}"] });
        }

        return TypedResults.Ok(await contacts.List(status, limit ?? 50, ct));
    }

    private static async Task<Results<Ok<MatchContactResult>, ValidationProblem, NotFound, ProblemHttpResult>> Match(
        Guid id, MatchContactRequest request, Caller caller, ContactStore contacts, IHouseholdRegistry households, InboundStore store,
        InboundRetryService retries, InboundOptions options, TimeProvider time, CancellationToken ct)
    {
        if (await contacts.Get(id, ct) is not { } contact)
        {
            return TypedResults.NotFound();
        }

        if (contact.View.Status == "matched")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already matched", detail: $"matched to {contact.View.Household} of {contact.View.ProjectId}");
        }

        if (string.IsNullOrWhiteSpace(request.ProjectId) || request.ProjectId.Length > 200)
        {
            return Invalid("projectId", "is required (at most 200 characters)");
        }

        if (string.IsNullOrWhiteSpace(request.Household) || request.Household.Length > 200)
        {
            return Invalid("household", "is required (at most 200 characters)");
        }

        var (hasRegistry, household) = await households.Find(request.ProjectId.Trim(), request.Household.Trim());
        if (!hasRegistry)
        {
            return Invalid("projectId", "names no project with a household registry");
        }

        if (household is null)
        {
            return Invalid("household", $"is not registered in project {request.ProjectId.Trim()}");
        }

        await contacts.Match(id, household.ProjectId, household.Label, caller.PersonId, time.GetUtcNow(), ct);
        var processed = new List<InboundView>();
        foreach (var waiting in await store.WaitingFor(contact.Phone, ct))
        {
            if (await store.ClaimOne(waiting, time.GetUtcNow(), options.ProcessingLease, ct))
            {
                await retries.ProcessClaimed(waiting, ct);
                processed.Add(InboundView.Of((await store.Get(waiting, ct))!));
            }
        }

        return TypedResults.Ok(new MatchContactResult((await contacts.Get(id, ct))!.Value.View, processed));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
