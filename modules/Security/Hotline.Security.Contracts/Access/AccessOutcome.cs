namespace Hotline.Security.Contracts.Access;

/// <summary>The access policy's answer in the terms the API answers with (200 / 401 / 403 / 404 / 400).</summary>
public enum AccessOutcome
{
    Allowed,
    SignInFirst,
    NotAllowed,

    /// <summary>No such thing, or one outside every scope of the person (the API answers both alike, 404).</summary>
    NotFound,

    /// <summary>The field naming the resource was blank (400 naming <see cref="AccessAnswer.Field"/>).</summary>
    Invalid,
}
