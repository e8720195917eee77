namespace Hotline.Security.Identity.Api;

/// <summary>What a username and password must look like before they are checked at all; problems keyed by the field name.</summary>
internal static class CredentialRules
{
    public const int MaxUsernameLength = 200;
    public const int MaxPasswordLength = 1024;

    public static Dictionary<string, string[]> Problems(string? username, string? password)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(username) || username.Length > MaxUsernameLength)
        {
            problems["username"] = [$"is required (at most {MaxUsernameLength} characters)"];
        }

        if (string.IsNullOrEmpty(password) || password.Length > MaxPasswordLength)
        {
            problems["password"] = [$"is required (at most {MaxPasswordLength} characters)"];
        }

        return problems;
    }
}
