using Hotline.Host;
using Hotline.Host.Configuration;
using Hotline.Host.Storage;
using Hotline.Security.Identity.Accounts;
using Microsoft.Extensions.Options;

try
{
    if (args is ["migrate", .. var rest])
    {
        await HotlineApp.Migrate(rest);
        return 0;
    }

    if (args is ["reset-password", var username, .. var resetArgs])
    {
        return await ResetPassword(username, resetArgs);
    }

    await HotlineApp.Run(args);
    return 0;
}
catch (OptionsValidationException e)
{
    // Bad configuration: one line per problem, naming the key; no stack trace.
    foreach (var failure in e.Failures)
    {
        Console.Error.WriteLine($"Hotline cannot start: {failure}");
    }

    return 2;
}
catch (Hotline.Storage.Embedded.EmbeddedPostgresException e)
{
    Console.Error.WriteLine($"Hotline cannot start: {e.Message}");
    return 3;
}
catch (Hotline.Storage.Migrations.SchemaMigrationException e)
{
    Console.Error.WriteLine($"Hotline cannot start: {e.Message}");
    return 4;
}
catch (OperationCanceledException)
{
    return 130;
}

// A new random password for one staff account, printed once (the database as for a normal start, embedded or configured).
static async Task<int> ResetPassword(string username, string[] args)
{
    await using var app = HotlineApp.Build(args);
    var database = await HotlineApp.OpenDatabase(app);
    try
    {
        return await PasswordResetCommand.RunAsync(database.ConnectionString, username, Console.Out, Console.Error);
    }
    finally
    {
        await database.CloseAsync();
    }
}
