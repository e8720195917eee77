using Hotline.Storage.Connections;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Host.Tests;

/// <summary>The host's pooled connections keep statements prepared and are not reset on return, unless the string says otherwise.</summary>
public sealed class PooledConnectionDefaultsTests
{
    [Fact]
    public void AStringThatNamesNoneOfThem_GetsAutoPreparationAndNoReset()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PooledConnectionDefaults.Apply("Host=db.example;Username=hotline;Password=secret"));

        Assert.Equal(128, tuned.MaxAutoPrepare);
        Assert.Equal(2, tuned.AutoPrepareMinUsages);
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal("db.example", tuned.Host);
        Assert.Equal("secret", tuned.Password);
    }

    [Fact]
    public void WhatTheOperatorSet_IsKept()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PooledConnectionDefaults.Apply(
            "Host=pgbouncer;Max Auto Prepare=0;AutoPrepareMinUsages=7;No Reset On Close=false"));

        Assert.Equal(0, tuned.MaxAutoPrepare);
        Assert.Equal(7, tuned.AutoPrepareMinUsages);
        Assert.False(tuned.NoResetOnClose);
    }

    [Fact]
    public async Task TheHostsPool_PreparesAStatementUsedTwiceAndKeepsItAcrossReturnsToThePool()
    {
        var database = await TestPostgres.CreateDatabaseAsync("pooldefaults");
        await using var app = HotlineApp.Build([$"--ConnectionStrings:Hotline={database}", $"--Hotline:Security:SigningKey={HotlineTestHost.SigningKey}"]);
        await HotlineApp.OpenDatabase(app);
        var pool = app.Services.GetRequiredService<NpgsqlDataSource>();
        const string statement = "select 40 + 2";

        for (var use = 0; use < 2; use++)
        {
            await using var connection = await pool.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(statement, connection);
            Assert.Equal(42, await command.ExecuteScalarAsync());
        }

        // A connection that came back to the pool: a reset (DISCARD ALL) would have dropped the statement.
        await using var again = await pool.OpenConnectionAsync();
        await using var prepared = new NpgsqlCommand("select count(*) from pg_prepared_statements where statement = @s", again);
        prepared.Parameters.AddWithValue("s", statement);
        Assert.Equal(1L, await prepared.ExecuteScalarAsync());
    }
}
