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

    if (args is [var command, .. var commandArgs] && AccountCommand.Names.Contains(command))
    {
        return await ChangeAccount(command, commandArgs);
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

// lock-account / unlock-account / remove-account <username>, link-sso <username> <issuer> <subject>: configuration
// options (--Key=value) follow the command's own arguments, as for reset-password.
static async Task<int> ChangeAccount(string command, string[] args)
{
    var own = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
    await using var app = HotlineApp.Build([.. args.Skip(own.Count)]);
    var database = await HotlineApp.OpenDatabase(app);
    try
    {
        return await AccountCommand.RunAsync(database.ConnectionString, command, own, Console.Out, Console.Error);
    }
    finally
    {
        await database.CloseAsync();
    }
}
