using System.Collections.Concurrent;

namespace Hotline.Tickets.Grains;

/// <summary>
/// One instance of each value many ticket grains hold alike (a project or branch id, a category, a department, a
/// channel, an actor, a timeline action, the limits a policy gives): storage hands every activation its own copies,
/// so thousands of active tickets would keep thousands of equal strings and limit records (issue 9: ≤ 8 KB per
/// activated ticket). Values are immutable, so sharing them changes nothing but memory. Bounded: past
/// <see cref="MaxEntries"/> a value is simply not shared.
/// </summary>
public static class SharedValues
{
    public const int MaxEntries = 16_384;

    private static readonly ConcurrentDictionary<object, object> Pool = new();

    // Counted here: the dictionary's Count takes every one of its locks, and a full pool would ask it on every miss.
    private static int _entries;

    public static T Share<T>(T value) where T : class
    {
        if (Pool.TryGetValue(value, out var shared))
        {
            return (T)shared;
        }

        if (Volatile.Read(ref _entries) >= MaxEntries)
        {
            return value;
        }

        var pooled = Pool.GetOrAdd(value, value);
        if (ReferenceEquals(pooled, value))
        {
            Interlocked.Increment(ref _entries);
        }

        return (T)pooled;
    }

    public static T? ShareOrNull<T>(T? value) where T : class => value is null ? null : Share(value);
}
