namespace Hotline.Portal;

/// <summary>Hotline:Portal — the owners' portal: where sign-in codes go, how long they live, how often they may be asked for.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Hotline:Portal";

    /// <summary>The id of the intake channel (<c>IIntakeChannel</c>) that texts sign-in codes.</summary>
    public string CodeChannel { get; set; } = "gm-sms";

    /// <summary>How long a sign-in code is valid.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong codes after which the code is void and a new one must be asked for.</summary>
    public int MaxWrongTries { get; set; } = 5;

    /// <summary>One code per number per this interval.</summary>
    public TimeSpan CodeInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>At most this many codes per number per hour.</summary>
    public int CodesPerHour { get; set; } = 5;

    /// <summary>How long an owner stays signed in without coming back (sliding).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Photos one new-ticket form may carry (each checked by the Attachments module's rules).</summary>
    public int MaxPhotosPerSubmission { get; set; } = 3;
}
