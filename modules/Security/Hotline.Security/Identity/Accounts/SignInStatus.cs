namespace Hotline.Security.Identity.Accounts;

public enum SignInStatus
{
    SignedIn,

    /// <summary>Unknown username or wrong password: deliberately not said which.</summary>
    Rejected,

    LockedOut,
}
