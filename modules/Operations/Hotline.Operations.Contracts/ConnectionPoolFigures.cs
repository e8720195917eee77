namespace Hotline.Operations.Contracts;

/// <summary>One Npgsql connection pool of this process, as Npgsql's metrics report it (pool name without password).</summary>
public sealed record ConnectionPoolFigures(string Pool, long Idle, long Busy, long? Max);
