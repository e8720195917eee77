using Hotline.Tickets.Contracts;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

public sealed class TicketQueryStoreFilterTests : IAsyncLifetime
{
    private readonly QueryStoreDatabase _db = new();
    private readonly TicketListRow _plain = Rows.Ticket("plain", minutes: 0);
    private readonly TicketListRow _harbour = Rows.Ticket("harbour", minutes: 1) with { ProjectId = "p-harbour", BranchId = "south" };
    private readonly TicketListRow _repair = Rows.Ticket("repair", minutes: 2) with { Kind = "Repair", Category = "cleaning" };
    private readonly TicketListRow _general = Rows.Ticket("general", minutes: 3) with { Severity = "General", Status = "Started" };
    private readonly TicketListRow _breached = Rows.Ticket("breached", minutes: 4) with { Breached = true, Kind = "Suggestion" };

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        await _db.UpsertAll(_plain, _harbour, _repair, _general, _breached);
    }

    public Task DisposeAsync() => _db.DisposeAsync();

    public static TheoryData<string, TicketSearch, string[]> Filters() => new()
    {
        { "none", new TicketSearch(), ["breached", "general", "repair", "harbour", "plain"] },
        { "project", new TicketSearch { ProjectId = "p-harbour" }, ["harbour"] },
        { "branch", new TicketSearch { BranchId = "north" }, ["breached", "general", "repair", "plain"] },
        { "kind", new TicketSearch { Kind = TicketKind.Repair }, ["repair"] },
        { "category", new TicketSearch { Category = "cleaning" }, ["repair"] },
        { "severity", new TicketSearch { Severity = Severity.General }, ["general"] },
        { "status", new TicketSearch { Status = TicketStatus.Started }, ["general"] },
        { "status and project", new TicketSearch { Status = TicketStatus.Started, ProjectId = "p-harbour" }, [] },
        { "breached", new TicketSearch { Breached = true }, ["breached"] },
        { "not breached", new TicketSearch { Breached = false }, ["general", "repair", "harbour", "plain"] },
        { "and", new TicketSearch { BranchId = "north", Kind = TicketKind.Complaint, Severity = Severity.Serious }, ["plain"] },
        { "unknown project", new TicketSearch { ProjectId = "p-nowhere" }, [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Search_Filter_ReturnsOnlyMatchingRowsNewestFirst(string name, TicketSearch search, string[] expected)
    {
        var page = await _db.Store.Search(search);

        Assert.True(expected.SequenceEqual(page.Items.Select(r => r.Text)), $"{name}: got {string.Join(", ", page.Items.Select(r => r.Text))}");
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task Search_RegisteredRange_FromInclusiveToExclusive()
    {
        var page = await _db.Store.Search(new TicketSearch { From = Rows.T0.AddMinutes(1), To = Rows.T0.AddMinutes(3) });

        Assert.Equal(["repair", "harbour"], page.Items.Select(r => r.Text));
    }

    [Fact]
    public async Task Search_RegisteredRangeWithOffset_ComparesInstants()
    {
        var from = Rows.T0.AddMinutes(3).ToOffset(TimeSpan.FromHours(8));

        var page = await _db.Store.Search(new TicketSearch { From = from });

        Assert.Equal(["breached", "general"], page.Items.Select(r => r.Text));
    }

    [Fact]
    public async Task Search_OnlyFromOrOnlyTo_BoundsOneSide()
    {
        var before = await _db.Store.Search(new TicketSearch { To = Rows.T0.AddMinutes(1) });
        var after = await _db.Store.Search(new TicketSearch { From = Rows.T0.AddMinutes(4) });

        Assert.Equal(["plain"], before.Items.Select(r => r.Text));
        Assert.Equal(["breached"], after.Items.Select(r => r.Text));
    }
}
