using Hotline.Organization.Contracts;
using Hotline.Security.Identity.Accounts;

namespace Hotline.Security.Identity.Sso;

/// <summary>Finds the Hotline person a user of the group's identity provider is: their account's person, else the person with that id.</summary>
public sealed class SsoUserMapper(AccountStore accounts, IStaffDirectory staff)
{
    public async Task<string?> PersonIdAsync(string? user)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            return null;
        }

        if (await accounts.FindAsync(user) is { } account)
        {
            return account.PersonId;
        }

        return (await staff.GetPerson(user))?.Id;
    }
}
