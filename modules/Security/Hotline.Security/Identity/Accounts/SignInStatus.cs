namespace Hotline.Security.Identity.Accounts;

public enum SignInStatus
{
    SignedIn,

    /// <summary>Unknown username, wrong password or a locked account: deliberately not said which.</summary>
    Rejected,

    /// <summary>Too many recent failures for this name, address or device: try again after the wait (password not checked).</summary>
    BackingOff,

    /// <summary>Too many passwords being checked on this host at once: try again shortly (password not checked).</summary>
    Busy,
}
