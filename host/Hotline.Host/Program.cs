using Hotline.Host;
using Microsoft.Extensions.Options;

try
{
    if (args is ["migrate", .. var rest])
    {
        await HotlineApp.Migrate(rest);
        return 0;
    }

    await HotlineApp.Build(args).RunAsync();
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
