using Hotline.Tickets.Contracts;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

public sealed class TicketSearchQueryParserTests
{
    private static readonly TicketSearchQuery Empty = new(null, null, null, null, null, null, null, null, null, null, null, null);

    [Fact]
    public void Parse_NoParameters_DefaultsToFirstPageOfFifty()
    {
        var (search, errors) = TicketSearchQueryParser.Parse(Empty);

        Assert.Empty(errors);
        Assert.Equal(new TicketSearch { Page = 1, PageSize = 50 }, search);
    }

    [Fact]
    public void Parse_EveryParameter_BuildsTheSearch()
    {
        var (search, errors) = TicketSearchQueryParser.Parse(new TicketSearchQuery(
            " p-sunrise ", "north", "repair", "cleaning", "SERIOUS", "started", "True", "2025-03-01", "2025-03-02T08:00:00+08:00", "電梯", "2", "20"));

        Assert.Empty(errors);
        Assert.Equal(new TicketSearch
        {
            ProjectId = "p-sunrise", BranchId = "north", Kind = TicketKind.Repair, Category = "cleaning", Severity = Severity.Serious,
            Status = TicketStatus.Started, Breached = true, From = Rows.T0.AddHours(-8), To = new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero),
            Text = "電梯", Page = 2, PageSize = 20,
        }, search);
    }

    [Fact]
    public void Parse_BadValues_NameEachParameter()
    {
        var (search, errors) = TicketSearchQueryParser.Parse(new TicketSearchQuery(
            new string('p', 201), null, "Complain", null, "urgent", "Done", "yes", "yesterday", "soon", new string('q', 201), "0", "201"));

        Assert.Null(search);
        Assert.Equal(
            ["breached", "from", "kind", "page", "pageSize", "projectId", "q", "severity", "status", "to"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Complaint", errors["kind"][0]);
        Assert.Contains("Dispatched", errors["status"][0]);
        Assert.Contains("200", errors["pageSize"][0]);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("Complaint,Repair")]
    [InlineData("Complaint, Repair")]
    public void Parse_KindByNumberOrCombination_IsRejected(string kind)
    {
        var (_, errors) = TicketSearchQueryParser.Parse(Empty with { Kind = kind });

        Assert.True(errors.ContainsKey("kind"));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void Parse_PageNotAPositiveWholeNumber_IsRejected(string page)
    {
        var (_, errors) = TicketSearchQueryParser.Parse(Empty with { Page = page });

        Assert.True(errors.ContainsKey("page"));
    }

    [Fact]
    public void Parse_ToBeforeFrom_IsRejectedOnTo()
    {
        var (_, errors) = TicketSearchQueryParser.Parse(Empty with { From = "2025-03-02", To = "2025-03-01" });

        Assert.Equal(["to"], errors.Keys);
    }

    [Fact]
    public void Parse_BlankValues_AreNoFilters()
    {
        var (search, errors) = TicketSearchQueryParser.Parse(new TicketSearchQuery("", " ", "", "", "", "", "", "", "", " ", "", ""));

        Assert.Empty(errors);
        Assert.Equal(new TicketSearch(), search);
    }
}
