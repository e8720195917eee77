namespace Hotline.Benchmarks;

/// <summary>
/// One deadline of a wave: when it fell due, when its firing was first recorded (null: never, a miss) and how many
/// times it was recorded (more than one: doubled).
/// </summary>
public sealed record WaveSample(DateTimeOffset DueAt, DateTimeOffset? RecordedAt, int Records);
