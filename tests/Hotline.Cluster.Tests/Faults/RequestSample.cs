namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// One HTTP attempt of the load driver: in which phase it was sent, to which silo slot, for which command, how it
/// ended ("201", "503", "no answer"), whether a 503 carried Retry-After, how long it took, and whether it was the retry.
/// </summary>
public sealed record RequestSample(string Phase, int Silo, string Command, string Outcome, bool RetryAfter, TimeSpan Latency, bool Retry);
