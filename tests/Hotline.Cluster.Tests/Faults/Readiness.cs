using System.Diagnostics;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>Waits for a silo's /health/ready to answer a status (200 ready, 503 not), polling, bounded in real time.</summary>
public static class Readiness
{
    public static async Task Wait(HttpClient silo, int status, TimeSpan timeout, Func<string>? context = null)
    {
        var waited = Stopwatch.StartNew();
        var last = "";
        while (waited.Elapsed < timeout)
        {
            var answer = await HttpAttempt.Get(silo, "/health/ready");
            if (answer.Status == status)
            {
                return;
            }

            last = answer.Outcome;
            await Task.Delay(200);
        }

        throw new TimeoutException($"{silo.BaseAddress}health/ready did not answer {status} within {timeout} (last: {last})\n{context?.Invoke()}");
    }
}
