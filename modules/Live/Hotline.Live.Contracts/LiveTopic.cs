namespace Hotline.Live.Contracts;

/// <summary>What kind of thing changed: pages re-read the thing itself through the reader's own access rules.</summary>
public enum LiveTopic
{
    Ticket = 0,
    Warning = 1,
    InboxItem = 2,
    WeeklySummary = 3,
}
