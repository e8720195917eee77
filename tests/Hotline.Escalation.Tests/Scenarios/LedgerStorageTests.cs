using Hotline.Kernel;
using Npgsql;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>A12 product decision: the ledger is append-only, books once per warning, in the business month.</summary>
[Collection(EscalationCollection.Name)]
public sealed class LedgerStorageTests(EscalationFixture fixture)
{
    [Fact]
    public async Task A12_the_month_is_the_month_of_verification_in_the_business_time_zone()
    {
        // 2026-11-30 16:30 UTC is already 2026-12-01 00:30 in Asia/Shanghai.
        var warningId = Guid.NewGuid();

        Assert.True(await fixture.Ledger.BookDeduction(warningId, WarningLevel.Blue, "branch-tz", new DateTimeOffset(2026, 11, 30, 16, 30, 0, TimeSpan.Zero)));

        Assert.Equal("2026-12", Assert.Single(await fixture.Ledger.EntriesFor(warningId)).Month);
        Assert.Contains((await fixture.Ledger.Scores("2026-12")).Branches, b => b.BranchId == "branch-tz");
        Assert.DoesNotContain((await fixture.Ledger.Scores("2026-11")).Branches, b => b.BranchId == "branch-tz");
    }

    [Fact]
    public async Task A12_each_warning_books_exactly_one_deduction_however_often_booking_runs()
    {
        var warningId = Guid.NewGuid();
        var at = fixture.Clock.GetUtcNow();

        var booked = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => fixture.Ledger.BookDeduction(warningId, WarningLevel.Red, "branch-once", at)));

        Assert.Single(booked, b => b);
        Assert.Equal(1.0m, Assert.Single(await fixture.Ledger.EntriesFor(warningId)).Points);
    }

    [Fact]
    public async Task A12_the_ledger_is_append_only()
    {
        var warningId = Guid.NewGuid();
        await fixture.Ledger.BookDeduction(warningId, WarningLevel.Blue, "branch-append", fixture.Clock.GetUtcNow());
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();

        foreach (var sql in new[] { "update penalty_ledger set points = 0.01 where warning_id = @id", "delete from penalty_ledger where warning_id = @id" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", warningId);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", error.MessageText);
        }

        Assert.Equal(0.2m, Assert.Single(await fixture.Ledger.EntriesFor(warningId)).Points);
    }
}
