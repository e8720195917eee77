using Hotline.Security.Identity.Tokens;
using Hotline.TestKit;

namespace Hotline.Security.Tests.Identity;

/// <summary>A production start on a real database refuses to run with a missing, short or placeholder signing key.</summary>
public sealed class ProductionSecretsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData(SigningKeyRules.DocumentedPlaceholder)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public async Task ProductionStart_DefaultOrWeakSigningKey_ExitsWithOneLineNamingTheKey(string signingKey)
    {
        var database = await TestPostgres.CreateDatabaseAsync("prodsecrets");
        await using var host = HostProcess.Start(
            [$"--ConnectionStrings:Hotline={database}", $"--urls=http://127.0.0.1:{FreePort.Next()}",
             $"--Hotline:Cluster:SiloPort={FreePort.Next()}", $"--Hotline:Cluster:GatewayPort={FreePort.Next()}"],
            RepoPaths.Root,
            new Dictionary<string, string?>
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Hotline__Security__SigningKey"] = signingKey,
            });

        Assert.Equal(2, await host.WaitForExit());
        var complaint = Assert.Single(host.Output.Split('\n'), l => l.StartsWith("Hotline cannot start:", StringComparison.Ordinal));
        Assert.Contains(SigningKeyRules.Key, complaint);
        Assert.DoesNotContain("   at ", host.Output);
    }

    [Fact]
    public void Check_RandomKey_IsAcceptedAndMissingOnlyWhenNotRequired()
    {
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var key = Convert.ToBase64String(bytes);

        Assert.Equal(bytes, SigningKeyRules.Check(key, required: true));
        Assert.Null(SigningKeyRules.Check(null, required: false));
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => SigningKeyRules.Check(null, required: true));
    }
}
