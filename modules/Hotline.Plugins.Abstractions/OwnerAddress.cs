namespace Hotline.Plugins.Abstractions;

/// <summary>
/// How a channel reaches an owner: a phone number (SMS, the call center), or the channel's own account id (a chat
/// account, an e-mail address), or both. At least one is set. Personal data: never log it unmasked (<c>PersonalDataMask</c>).
/// </summary>
/// <param name="Phone">The owner's phone number, digits with an optional leading '+', or null.</param>
/// <param name="AccountId">The owner's id on the channel (e-mail address, chat open id), or null.</param>
/// <param name="Name">The name the owner gave, or null.</param>
public sealed record OwnerAddress(string? Phone, string? AccountId = null, string? Name = null);
