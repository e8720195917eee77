using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

/// <summary>Item 14: lists filter by warning level, assignee, household and department, and carry them in each row.</summary>
public sealed class TicketListLookupFilterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Promised = Rows.T0.AddDays(3);
    private readonly QueryStoreDatabase _db = new();
    private readonly TicketListRow _red = Rows.Ticket("red", minutes: 0) with { WarningLevel = "Red", Assignee = TicketAssignee.Unit, Household = "3-1201" };
    private readonly TicketListRow _blue = Rows.Ticket("blue", minutes: 1) with { WarningLevel = "Blue", Assignee = TicketAssignee.CallCenter };
    private readonly TicketListRow _statement = Rows.Ticket("statement", minutes: 2) with { Assignee = TicketAssignee.Supervisor };
    private readonly TicketListRow _suggestion = Rows.Ticket("suggestion", minutes: 3) with { Assignee = TicketAssignee.PlanConfirmation };
    private readonly TicketListRow _closed = Rows.Ticket("closed", minutes: 4) with
    {
        ResponsibleDepartment = "CleaningDept", PromisedCompletionAt = Promised, Household = "3-1201",
    };

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        await _db.UpsertAll(_red, _blue, _statement, _suggestion, _closed);
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    public static TheoryData<string, TicketSearch, string[]> Filters() => new()
    {
        { "red", new TicketSearch { WarningLevel = "Red" }, ["red"] },
        { "no warning", new TicketSearch { WarningLevel = TicketSearch.NoWarning }, ["closed", "suggestion", "statement"] },
        { "assignee", new TicketSearch { Assignee = TicketAssignee.Supervisor }, ["statement"] },
        { "awaiting a liaison", new TicketSearch { AwaitingAnyOf = TicketAssignee.For(Hotline.Kernel.Role.ProjectLiaison) }, ["red"] },
        { "awaiting a manager", new TicketSearch { AwaitingAnyOf = TicketAssignee.For(Hotline.Kernel.Role.ProjectManager) }, ["red"] },
        { "awaiting QualityDept", new TicketSearch { AwaitingAnyOf = TicketAssignee.For(Hotline.Kernel.Role.QualityDeptStaff) }, ["suggestion"] },
        { "awaiting a supervisor", new TicketSearch { AwaitingAnyOf = TicketAssignee.For(Hotline.Kernel.Role.CallCenterSupervisor) }, ["suggestion", "statement", "blue"] },
        { "awaiting nobody's role", new TicketSearch { AwaitingAnyOf = [] }, [] },
        { "household", new TicketSearch { Household = "3-1201" }, ["closed", "red"] },
        { "department", new TicketSearch { Department = "CleaningDept" }, ["closed"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Search_Filter_ReturnsOnlyMatchingRows(string name, TicketSearch search, string[] expected)
    {
        var page = await _db.Store.Search(search);

        Assert.True(expected.SequenceEqual(page.Items.Select(r => r.Text)), $"{name}: got {string.Join(", ", page.Items.Select(r => r.Text))}");
    }

    [Fact]
    public async Task Search_Row_CarriesWarningHouseholdDepartmentAndPromisedCompletion()
    {
        var rows = (await _db.Store.Search(new TicketSearch())).Items.ToDictionary(r => r.Text);

        Assert.Equal(("Red", "3-1201", TicketAssignee.Unit), (rows["red"].WarningLevel, rows["red"].Household, rows["red"].Assignee));
        Assert.Equal(("CleaningDept", Promised), (rows["closed"].ResponsibleDepartment, rows["closed"].PromisedCompletionAt));
        Assert.Null(rows["closed"].Assignee);
    }
}
