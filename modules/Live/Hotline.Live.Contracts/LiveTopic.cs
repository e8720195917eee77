namespace Hotline.Live.Contracts;

/// <summary>What kind of thing changed: pages re-read the thing itself through the reader's own access rules.</summary>
public enum LiveTopic
{
    Ticket = 0,
    Warning = 1,
    InboxItem = 2,
    WeeklySummary = 3,

    /// <summary>
    /// A call the CTI reported (POST /api/call-center/calls): <c>Id</c> is the call id, <c>PersonId</c> the agent it
    /// pops for (the agent the event names, else the person whose CTI client reported it); no project or branch.
    /// </summary>
    IncomingCall = 4,

    /// <summary>
    /// A message recorded for owners in the portal (the web channel): <c>Id</c> is the ticket id, <c>ProjectId</c> its
    /// project, <c>PersonId</c> the owner it was addressed to (their actor id); read by the portal's live feed.
    /// </summary>
    OwnerMessage = 5,
}
