namespace Hotline.Benchmarks;

/// <summary>One owner message of a wave's ticket as owner_outbox holds it (<see cref="WaveOwnerMessages"/>).</summary>
public sealed record OwnerMessageRow(Guid TicketId, string MessageId, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? RecordedOnTicketAt);
