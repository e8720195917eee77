using System.ComponentModel.DataAnnotations;
using Hotline.Security.Identity;

namespace Hotline.Security.Tests.Identity;

/// <summary>Sso:Authority's keys decide which tokens are trusted: they are fetched over HTTPS, plain HTTP only from this machine.</summary>
public sealed class SsoAuthorityOptionsTests
{
    [Theory]
    [InlineData("https://sso.group.example", true, null)]
    [InlineData("http://127.0.0.1:5055", false, null)]
    [InlineData("http://localhost:8080/realms/group", false, null)]
    [InlineData("http://[::1]:8080", false, null)]
    [InlineData("http://sso.group.example", false, "Sso:RequireHttpsMetadata")]
    [InlineData("https://sso.group.example", false, "Sso:RequireHttpsMetadata")]
    [InlineData("http://127.0.0.1:5055", true, "Sso:Authority")]
    [InlineData("http://sso.group.example", true, "Sso:Authority")]
    [InlineData("sso.group.example", true, "Sso:Authority")]
    [InlineData("ftp://sso.group.example", false, "Sso:Authority")]
    public void Validate_AuthorityAndRequireHttpsMetadata_RefusesPlainHttpExceptOnLoopbackWhenRelaxed(string authority, bool requireHttps, string? refusedKey)
    {
        var options = new SecurityOptions { Sso = new SsoOptions { Authority = authority, Audience = "hotline", RequireHttpsMetadata = requireHttps } };

        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true);

        if (refusedKey is null)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Equal(refusedKey, Assert.Single(problems).MemberNames.Single());
        }
    }

    [Fact]
    public void RequireHttpsMetadata_NotConfigured_IsOn() => Assert.True(new SsoOptions().RequireHttpsMetadata);
}
