namespace Hotline.WebConsole.Session;

/// <summary>What a button did, in the API's terms: 200, 400 naming a field, 403, 404, the ticket's refusal (409/429), or 401 (the session ended).</summary>
public enum TicketActionOutcome
{
    Done,
    InvalidField,
    NotAllowed,
    NotFound,
    Refused,
    SignedOut,
}
