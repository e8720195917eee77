namespace Hotline.Tickets.Contracts;

/// <summary>
/// The bounds on what a person types into a ticket (its text, a note, a reason, a plan) and on a short field (an id, a
/// department): the API's validation and the console's forms read these, so the limit is defined once.
/// </summary>
public static class TicketTextLimits
{
    public const int Text = 4000;

    public const int ShortField = 200;
}
