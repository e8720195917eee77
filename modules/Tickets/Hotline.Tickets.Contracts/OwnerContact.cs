namespace Hotline.Tickets.Contracts;

/// <summary>
/// The owner's name and phone as registered, whole. Kept only in the ticket grain's state and shown only through
/// the audited owner-contact endpoint; lists and views carry <see cref="OwnerContactMasked"/> instead.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.OwnerContact")]
public sealed record OwnerContact(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Phone)
{
    /// <summary>Never the data itself: whatever formats this record (a log line, a debugger, an exception) sees no phone.</summary>
    public override string ToString() => $"{nameof(OwnerContact)} {{ personal data hidden }}";
}
