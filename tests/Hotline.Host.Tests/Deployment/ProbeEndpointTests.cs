using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Host.Tests.Deployment;

/// <summary>Every probe and health check of deploy/ asks a real host, which must answer it.</summary>
public sealed class ProbeEndpointTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";

    private static YamlDotNet.RepresentationModel.YamlMappingNode Container =>
        Yaml.Documents(DeployFiles.Kubernetes("deployment.yaml")).Single(d => d.Str("kind") == "Deployment")
            .Map("spec").Map("template").Map("spec").Maps("containers").Single();

    private static string ProbePath(string probe) => Container.Map(probe).Map("httpGet").Str("path");

    [Fact]
    public async Task KubernetesProbes_EachPath_IsAnsweredOkByARunningHost()
    {
        var probes = new[] { "startupProbe", "livenessProbe", "readinessProbe" };

        foreach (var probe in probes)
        {
            Assert.Equal("http", Container.Map(probe).Map("httpGet").Str("port"));
            var response = await fixture.Host.Anonymous.GetAsync(ProbePath(probe));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{probe} {ProbePath(probe)} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ReadinessProbe_IsTheEndpointThatChecksDatabaseAndSilo_LivenessChecksNeither()
    {
        Assert.Equal(Ready, ProbePath("readinessProbe"));
        Assert.Equal(Live, ProbePath("livenessProbe"));

        var ready = await fixture.Host.Anonymous.GetFromJsonAsync<JsonElement>(Ready);
        var live = await fixture.Host.Anonymous.GetFromJsonAsync<JsonElement>(Live);

        var checks = ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToList();
        Assert.Contains("database", checks);
        Assert.Contains("silo", checks);
        Assert.Empty(live.GetProperty("checks").EnumerateObject());
    }

    [Fact]
    public async Task DockerHealthCheck_Path_IsAnsweredOkByARunningHost()
    {
        var response = await fixture.Host.Anonymous.GetAsync(Live);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
