using Hotline.Kernel;

namespace Hotline.Portal.SignIn;

/// <summary>An owner as the portal knows them: their normalised phone and the actor they act as (<see cref="OwnerActors"/>).</summary>
public sealed record OwnerIdentity(string Phone, Actor Actor)
{
    /// <summary>Null for a malformed number.</summary>
    public static OwnerIdentity? From(string? raw) =>
        PhoneNumbers.Normalize(raw) is { } phone ? new OwnerIdentity(phone, OwnerActors.ForPhone(phone)) : null;

    /// <summary>What the portal's tables key the owner by: the actor's digest, never the number.</summary>
    public string Key => Actor.PersonId;

    public override string ToString() => $"{nameof(OwnerIdentity)} {{ {Actor.PersonId} }}";
}
