namespace Hotline.Plugins.Abstractions;

/// <summary>Why Hotline writes to an owner.</summary>
public enum OwnerMessageKind
{
    /// <summary>The message was received and is a ticket: carries its tracking number.</summary>
    Acknowledgement = 1,

    /// <summary>The answer to the owner: the plan, the resolution, a suggestion's decision, an invalid complaint's reason.</summary>
    Reply = 2,

    /// <summary>Anything else about the owner's ticket (a date moved, a callback).</summary>
    Notification = 3,

    /// <summary>A one-time sign-in code for the owners' portal.</summary>
    SignInCode = 4,
}
