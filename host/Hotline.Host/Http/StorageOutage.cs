using Npgsql;
using Orleans.Serialization;

namespace Hotline.Host.Http;

/// <summary>
/// Whether an exception means the database (or a silo) cannot be reached for now, as opposed to a bug: looked for
/// along the exception's causes. A database exception raised inside a grain reaches the endpoint as Orleans'
/// stand-in (<see cref="UnavailableExceptionFallbackException"/>), known by the original type's name.
/// </summary>
internal static class StorageOutage
{
    // SQLSTATE classes of a server going away or overloaded: connection (08), resources (53), operator intervention
    // such as a shutdown (57P), system error (58). A constraint violation (23) or a syntax error (42) is a bug: 500.
    private static readonly string[] TransientStates = ["08", "53", "57P", "58"];

    public static bool Is(Exception exception) => Causes(exception).Any(IsOutage);

    /// <summary>An outage met as one of Npgsql's exceptions, which cannot cross silos (<see cref="Storage.StorageExceptionFilter"/>).</summary>
    public static bool FromDatabase(Exception exception) => Causes(exception).Any(e => e is NpgsqlException && IsOutage(e));

    private static bool IsOutage(Exception e) => e switch
    {
        PostgresException p => IsTransient(p.SqlState),
        NpgsqlException => true,
        Storage.StorageUnavailableException => true,
        TimeoutException or SiloUnavailableException or OrleansMessageRejectionException => true,
        UnavailableExceptionFallbackException f => f.ExceptionType switch
        {
            "Npgsql.PostgresException" => IsTransient(f.Message),
            { } type => type.StartsWith("Npgsql.", StringComparison.Ordinal) || type == typeof(TimeoutException).FullName,
            _ => false,
        },
        _ => false,
    };

    // A PostgresException's message starts with its SQLSTATE ("57P01: terminating connection ...").
    private static bool IsTransient(string? stateOrMessage) =>
        stateOrMessage is not null && TransientStates.Any(s => stateOrMessage.StartsWith(s, StringComparison.Ordinal));

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var e))
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                aggregate.InnerExceptions.ToList().ForEach(pending.Push);
            }
            else if (e.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
