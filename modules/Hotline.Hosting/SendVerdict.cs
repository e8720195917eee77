namespace Hotline.Hosting;

/// <summary>What one send attempt of an outbox row comes to: sent, tried again later, or given up.</summary>
public enum SendVerdict
{
    Delivered = 1,
    RetryLater = 2,
    GaveUp = 3,
}
