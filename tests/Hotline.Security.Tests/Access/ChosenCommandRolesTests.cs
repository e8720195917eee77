using Hotline.Kernel;
using Hotline.Security.Access;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Tests.Access;

/// <summary>
/// Issue 10 item 8: who reviews a statement (A10.4) or decides a suggestion (A10.2.3) is the group's choice where the
/// regulation leaves it open: <c>Hotline:Access:TicketCommands:&lt;command&gt;</c> replaces that command's roles.
/// </summary>
public sealed class ChosenCommandRolesTests
{
    private const string Tickets = "POST /api/tickets/{id:guid}/{command}";

    private static AccessRules From(params (string Key, string Value)[] settings) => AccessRules.From(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());

    [Fact]
    public void A10_4_without_a_choice_only_the_call_center_supervisor_reviews_a_statement()
    {
        var rule = From().Find(Tickets, "review-statement")!;

        Assert.Equal([Role.CallCenterSupervisor], rule.Roles.ToArray());
    }

    [Fact]
    public void A10_4_a_group_that_lets_QualityDepts_head_review_statements_too_gets_exactly_those_roles()
    {
        var rules = From(
            ("Hotline:Access:TicketCommands:review-statement:0", "CallCenterSupervisor"),
            ("Hotline:Access:TicketCommands:review-statement:1", "QualityDeptHead"));

        var review = rules.Find(Tickets, "review-statement")!;
        Assert.Equal([Role.CallCenterSupervisor, Role.QualityDeptHead], review.Roles.ToArray());
        Assert.Equal(ResourceKind.Ticket, review.Resource); // still within the ticket's scope
        // Other commands keep the table's rows: close stays with the call center's two roles.
        Assert.Equal([Role.CallCenterAgent, Role.CallCenterSupervisor], rules.Find(Tickets, "close")!.Roles.Order().ToArray());
    }

    [Fact]
    public void A10_2_3_a_group_that_leaves_suggestions_to_the_project_manager_alone_refuses_the_liaison()
    {
        var decide = From(("Hotline:Access:TicketCommands:decide:0", "ProjectManager")).Find(Tickets, "decide")!;

        Assert.Equal([Role.ProjectManager], decide.Roles.ToArray());
        Assert.DoesNotContain(Role.ProjectLiaison, decide.Roles);
    }

    [Theory]
    [InlineData("Hotline:Access:TicketCommands:approve:0", "CallCenterSupervisor", "'approve' is not a ticket command")]
    [InlineData("Hotline:Access:TicketCommands:decide:0", "Janitor", "'Janitor' is not a role")]
    [InlineData("Hotline:Access:TicketCommands:decide:0", "3", "'3' is not a role")]
    public void A_bad_choice_stops_the_start_naming_the_key(string key, string value, string problem)
    {
        var e = Assert.Throws<OptionsValidationException>(() => From((key, value)));

        var message = Assert.Single(e.Failures);
        Assert.StartsWith(key[..key.LastIndexOf(':')], message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }
}
