using System.Collections.Concurrent;
using Quartz;

namespace Hotline.Benchmarks;

/// <summary>
/// The peer's deadline: a Quartz job that only records when it ran, against the fire time it was scheduled for.
/// Quartz builds jobs with their parameterless constructor, so the records go to one static sink the run reads back.
/// </summary>
public sealed class WaveJob : IJob
{
    /// <summary>Job name → every time it ran (more than one: doubled).</summary>
    public static ConcurrentDictionary<string, ConcurrentBag<DateTimeOffset>> Runs { get; } = new(StringComparer.Ordinal);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        Runs.GetOrAdd(context.JobDetail.Key.Name, _ => []).Add(now);
        return ValueTask.CompletedTask;
    }
}
