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

    /// <summary>QualityDept released a week's analysis (A8.1.4): <c>Id</c> is the week (<c>YYYY-Www</c>); company-wide, no project or branch.</summary>
    WeeklyAnalysis = 5,

    /// <summary>A month's bulletin was published (A10.1.3.5): <c>Id</c> is the month (<c>YYYY-MM</c>); company-wide, no project or branch.</summary>
    Bulletin = 6,

    /// <summary>
    /// The organisation changed: <c>Id</c> says what (<c>person/{id}</c> for a duty roster, <c>project/{id}</c> for its
    /// households or household registry, <c>company</c> for an import), with the project and branch when it has them.
    /// </summary>
    Organization = 7,

    /// <summary>
    /// A message recorded for owners in the portal (the web channel): <c>Id</c> is the ticket id, <c>ProjectId</c> its
    /// project, <c>PersonId</c> the owner it was addressed to (their actor id); read by the portal's live feed.
    /// </summary>
    OwnerMessage = 8,
}
