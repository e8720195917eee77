namespace Hotline.Portal.Tickets;

/// <summary>The portal's page addresses, in one place for links, redirects and endpoint conventions.</summary>
public static class NewTicketRoute
{
    public const string Path = "/portal/tickets/new";

    public const string List = "/portal/tickets";

    public static string Ticket(Guid id) => $"/portal/tickets/{id}";
}
