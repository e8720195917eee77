namespace Hotline.Security.Contracts.Access;

/// <summary>Finds where a warning is now and how grave it is, for the access policy; the Escalation module implements it.</summary>
public interface IWarningLocator
{
    /// <summary>The warning's place and level, or null when there is no such warning (the caller hears 404).</summary>
    Task<ResourceLocation?> Locate(Guid warningId);
}
