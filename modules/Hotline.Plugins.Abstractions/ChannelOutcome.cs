namespace Hotline.Plugins.Abstractions;

/// <summary>What became of one send.</summary>
public enum ChannelOutcome
{
    /// <summary>The provider accepted the message.</summary>
    Delivered = 1,

    /// <summary>A passing failure (timeout, 5xx, throttling): the host tries again later with back-off.</summary>
    FailedRetryable = 2,

    /// <summary>Trying again cannot help (no phone number, rejected request): the host gives up at once.</summary>
    FailedPermanent = 3,
}
