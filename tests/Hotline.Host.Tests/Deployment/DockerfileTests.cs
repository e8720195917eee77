using System.Text.RegularExpressions;

namespace Hotline.Host.Tests.Deployment;

/// <summary>deploy/Dockerfile read as instructions (no container runtime here): stages, user, health check, ports.</summary>
public sealed partial class DockerfileTests
{
    /// <summary>Instructions with their continuation lines joined, comments dropped.</summary>
    private static List<(string Instruction, string Arguments)> Instructions()
    {
        var text = string.Join('\n', File.ReadAllLines(DeployFiles.Dockerfile).Where(l => !l.TrimStart().StartsWith('#')));
        return text.Replace("\\\n", " ").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' ', 2))
            .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? Spaces().Replace(p[1], " ").Trim() : ""))
            .ToList();
    }

    /// <summary>The instructions of the last stage: what the image is made of.</summary>
    private static List<(string Instruction, string Arguments)> FinalStage()
    {
        var all = Instructions();
        return all.Skip(all.FindLastIndex(i => i.Instruction == "FROM")).ToList();
    }

    [Fact]
    public void Stages_PublishWithTheSdkThenRunOnTheAspNetRuntime()
    {
        var all = Instructions();
        var froms = all.Where(i => i.Instruction == "FROM").Select(i => i.Arguments).ToList();

        Assert.Equal(2, froms.Count);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", froms[0]);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime$", froms[1]);
        var publish = Assert.Single(all, i => i.Instruction == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.Contains("host/Hotline.Host/Hotline.Host.csproj", publish.Arguments);
        Assert.Contains("-c Release", publish.Arguments);
        Assert.Contains(FinalStage(), i => i.Instruction == "COPY" && i.Arguments.StartsWith("--from=build ", StringComparison.Ordinal));
        Assert.Equal("[\"dotnet\", \"Hotline.Host.dll\"]", FinalStage().Single(i => i.Instruction == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void User_OfTheFinalStage_IsNotRoot()
    {
        var user = FinalStage().Last(i => i.Instruction == "USER").Arguments.Split(':')[0];

        Assert.NotEqual("root", user);
        Assert.NotEqual("0", user);
        // The user exists in the image: created by that stage with the same id.
        Assert.Contains(FinalStage(), i => i.Instruction == "RUN" && i.Arguments.Contains($"useradd --system --uid {user} ", StringComparison.Ordinal));
        // Nothing after USER switches back.
        var final = FinalStage();
        Assert.DoesNotContain(final.Skip(final.FindLastIndex(i => i.Instruction == "USER") + 1), i => i.Instruction == "USER");
    }

    [Fact]
    public void HealthCheck_AsksTheLiveEndpointOnTheImagesHttpPort()
    {
        var check = FinalStage().Single(i => i.Instruction == "HEALTHCHECK").Arguments;

        var url = Assert.Single(HealthUrl().Matches(check)).Value;
        Assert.Equal(DeployFiles.DefaultHttpPort, new Uri(url).Port);
        Assert.Equal(ProbeEndpointTests.Live, new Uri(url).AbsolutePath);
        Assert.Contains("--fail", check);
    }

    [Fact]
    public void Ports_AreTheHostsDefaultHttpAndSiloPortsAndUrlsListensOnEveryAddress()
    {
        var final = FinalStage();
        var exposed = final.Where(i => i.Instruction == "EXPOSE").SelectMany(i => i.Arguments.Split(' ')).Select(int.Parse).Order();
        var env = string.Join(' ', final.Where(i => i.Instruction == "ENV").Select(i => i.Arguments));

        Assert.Equal(new[] { DeployFiles.DefaultHttpPort, DeployFiles.DefaultSiloPort }.Order(), exposed);
        Assert.Contains($"Urls=http://0.0.0.0:{DeployFiles.DefaultHttpPort}", env);
        Assert.Contains($"Hotline__Cluster__SiloPort={DeployFiles.DefaultSiloPort}", env);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"http://[^\s""']+")]
    private static partial Regex HealthUrl();
}
