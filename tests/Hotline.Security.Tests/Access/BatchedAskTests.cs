using Hotline.Security.Access;
using Hotline.Security.Contracts.Access;
using Hotline.Security.Identity;
using Hotline.Security.Identity.Accounts;
using Hotline.Tickets.Contracts.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Security.Tests.Access;

/// <summary>
/// The console's ticket page asks about the ticket, its timeline and every command at once: the batch answers exactly
/// as the questions asked one by one (refusals included), but looks the person up once and reads the ticket grain once.
/// </summary>
public sealed class BatchedAskTests(BatchHostFixture fixture) : IClassFixture<BatchHostFixture>
{
    private const string TicketRead = "GET /api/tickets/{id:guid}";
    private const string TimelineRead = "GET /api/tickets/{id:guid}/timeline";
    private const string Command = "POST /api/tickets/{id:guid}/{command}";

    private IAccessPolicy Policy => fixture.Host.App.Services.GetRequiredService<IAccessPolicy>();

    private List<AccessQuestion> Questions()
    {
        var id = fixture.TicketId.ToString();
        return [new(TicketRead, Id: id), new(TimelineRead, Id: id), .. TicketCommandForms.Offered.Select(c => new AccessQuestion(Command, c, id))];
    }

    [Theory]
    [InlineData("sunrise-liaison")]
    [InlineData("harbour-liaison")]
    [InlineData("cc-agent-1")]
    [InlineData("qd-head")]
    public async Task Batch_AnswersEveryQuestionAsTheSingleAskDoes(string personId)
    {
        var user = await SignedIn(personId);
        var questions = Questions();
        questions.Add(new AccessQuestion(TicketRead, Id: Guid.NewGuid().ToString())); // another, missing ticket in the same batch

        var batch = await Policy.AskAll(user, questions);
        var singles = new List<AccessAnswer>();
        foreach (var question in questions)
        {
            singles.Add(await Policy.Ask(user, question));
        }

        Assert.Equal(questions.Count, batch.Count);
        Assert.Equal(singles.Select(Shape), batch.Select(Shape));
    }

    [Fact]
    public async Task Batch_ForTheLiaison_AllowsTheUnitsStepsAndRefusesTheCallCentres()
    {
        // Worked out from the access table: start is a unit step (the liaison's), callback the call center's (403),
        // and a liaison of another project may not know the ticket exists (404 for every question).
        var questions = Questions();
        var liaison = await Policy.AskAll(await SignedIn("sunrise-liaison"), questions);
        var other = await Policy.AskAll(await SignedIn("harbour-liaison"), questions);

        Assert.Equal(AccessOutcome.Allowed, liaison[0].Outcome);
        Assert.Equal(AccessOutcome.Allowed, Answer(liaison, "start").Outcome);
        Assert.Equal(AccessOutcome.NotAllowed, Answer(liaison, "callback").Outcome);
        Assert.All(other, a => Assert.Equal(AccessOutcome.NotFound, a.Outcome));
    }

    [Fact]
    public async Task Batch_LooksThePersonUpOnce_AndReadsTheTicketGrainOnce()
    {
        var user = await SignedIn("sunrise-liaison");
        var questions = Questions();
        await Policy.AskAll(user, questions); // warm: the silo's copies of staff and places are loaded

        var (lookups, calls) = (fixture.Staff.Lookups, fixture.TicketCalls.Calls);
        await Policy.AskAll(user, questions);
        var batch = (fixture.Staff.Lookups - lookups, fixture.TicketCalls.Calls - calls);

        (lookups, calls) = (fixture.Staff.Lookups, fixture.TicketCalls.Calls);
        foreach (var question in questions)
        {
            await Policy.Ask(user, question);
        }

        var one = (fixture.Staff.Lookups - lookups, fixture.TicketCalls.Calls - calls);

        Assert.Equal((1, 1), batch);
        // One by one, each question looks both up again (the review's finding: 7 reads per page view, more with every command).
        Assert.Equal((questions.Count, questions.Count), one);
    }

    [Fact]
    public async Task Batch_AfterTheSessionWasRevoked_AsksToSignInFirst()
    {
        // The console's circuit keeps its principal: a sign-out elsewhere (a new stamp) must end it at the next ask.
        var user = await SignedIn("sunrise-liaison");
        Assert.Equal(AccessOutcome.Allowed, (await Policy.AskAll(user, Questions()))[0].Outcome);

        await fixture.Host.App.Services.GetRequiredService<SecurityStamps>().RevokeAsync("sunrise-liaison");
        var after = await Policy.AskAll(user, Questions());

        Assert.All(after, a => Assert.Equal(AccessOutcome.SignInFirst, a.Outcome));
    }

    private AccessAnswer Answer(IReadOnlyList<AccessAnswer> answers, string command) =>
        answers[2 + TicketCommandForms.Offered.ToList().IndexOf(command)];

    private static object Shape(AccessAnswer a) => (a.Outcome, a.Detail, a.Field, a.LogReason, a.Caller?.PersonId, a.Caller?.ActingRole);

    private async Task<System.Security.Claims.ClaimsPrincipal> SignedIn(string personId)
    {
        var stamp = await fixture.Host.App.Services.GetRequiredService<SecurityStamps>().FreshAsync(personId);
        return HotlinePrincipal.Create(personId, HotlineSchemes.Console, stamp.Stamp);
    }
}
