namespace Hotline.Cluster.Tests.Faults;

/// <summary>One request as the client saw it after at most one retry: acknowledged (2xx) or failed with its last outcome; the detail names each attempt's silo slot and error.</summary>
public sealed record RequestResult(string Phase, string Command, bool Acknowledged, string Outcome, string Detail = "");
