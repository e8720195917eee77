namespace Hotline.Portal.Tickets;

/// <summary>The owner's actions on the ticket page; each is its own form (its <c>@formname</c>) and part of the request id.</summary>
public static class OwnerAction
{
    public const string Urge = "urge";

    public const string Confirm = "confirm";

    public const string Rate = "rate";

    public const string Reopen = "reopen";
}
