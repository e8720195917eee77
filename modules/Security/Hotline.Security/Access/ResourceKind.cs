namespace Hotline.Security.Access;

/// <summary>How the access policy finds the scope of a request (see <see cref="ResourceResolver"/>).</summary>
public enum ResourceKind
{
    /// <summary>Company-wide: only company-scoped roles cover it.</summary>
    Company,

    /// <summary>The ticket in route value <c>id</c>.</summary>
    Ticket,

    /// <summary>The warning in route value <c>id</c> (its ticket's or incident's project and branch, and its level).</summary>
    Warning,

    /// <summary>The project in route value <c>id</c>.</summary>
    Project,

    /// <summary>The branch in route value <c>id</c>.</summary>
    Branch,

    /// <summary>A ticket search: the project or branch named by the <c>projectId</c> / <c>branchId</c> query filters.</summary>
    TicketSearch,

    /// <summary>
    /// A report's scope in query value <c>scope</c> (<c>company</c>, <c>branch:{id}</c>, <c>project:{id}</c>); without one,
    /// the caller's own scope, as an unfiltered ticket list (the endpoint narrows to it).
    /// </summary>
    ReportScope,

    /// <summary>A person's own things: the person in query value <c>personId</c>, else the caller.</summary>
    Person,
}
