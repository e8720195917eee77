using YamlDotNet.RepresentationModel;

namespace Hotline.Host.Tests.Deployment;

/// <summary>deploy/kubernetes read as YAML: ports, identity, Orleans' Kubernetes hosting needs, secrets. Probes: <see cref="ProbeEndpointTests"/>.</summary>
public sealed class KubernetesManifestTests
{
    private static YamlMappingNode Deployment => Yaml.Documents(DeployFiles.Kubernetes("deployment.yaml")).Single(d => d.Str("kind") == "Deployment");

    private static YamlMappingNode PodSpec => Deployment.Map("spec").Map("template").Map("spec");

    private static YamlMappingNode Silo => PodSpec.Maps("containers").Single();

    private static Dictionary<string, YamlMappingNode> Env(YamlMappingNode container) =>
        container.Maps("env").ToDictionary(e => e.Str("name"));

    [Fact]
    public void Deployment_ContainerPorts_AreTheHostsDefaultHttpAndSiloPortsAndNoGateway()
    {
        var ports = Silo.Maps("ports").ToDictionary(p => p.Str("name"), p => int.Parse(p.Str("containerPort")));

        Assert.Equal(new Dictionary<string, int> { ["http"] = DeployFiles.DefaultHttpPort, ["silo"] = DeployFiles.DefaultSiloPort }, ports);
        var env = Env(Silo);
        Assert.Equal(DeployFiles.DefaultHttpPort, new Uri(env["Urls"].Str("value")).Port);
        Assert.Equal(DeployFiles.DefaultSiloPort, int.Parse(env["Hotline__Cluster__SiloPort"].Str("value")));
        Assert.DoesNotContain("Hotline__Cluster__GatewayPort", env.Keys);
    }

    [Fact]
    public void Deployment_PodAndContainer_RunAsNonRootWithoutPrivilegeEscalation()
    {
        var pod = PodSpec.Map("securityContext");
        var container = Silo.Map("securityContext");

        Assert.Equal("true", pod.Str("runAsNonRoot"));
        Assert.NotEqual(0, int.Parse(pod.Str("runAsUser")));
        Assert.Equal("false", container.Str("allowPrivilegeEscalation"));
        Assert.Contains("ALL", container.Map("capabilities").Strings("drop"));
        Assert.Null(container.StrOrNull("runAsUser"));
    }

    [Fact]
    public void Deployment_Env_GivesOrleansKubernetesHostingThePodsNameNamespaceAndIpAndTurnsItOn()
    {
        var env = Env(Silo);

        Assert.Equal("metadata.name", env["POD_NAME"].Map("valueFrom").Map("fieldRef").Str("fieldPath"));
        Assert.Equal("metadata.namespace", env["POD_NAMESPACE"].Map("valueFrom").Map("fieldRef").Str("fieldPath"));
        Assert.Equal("status.podIP", env["POD_IP"].Map("valueFrom").Map("fieldRef").Str("fieldPath"));
        // The membership table records the advertised address: it must be the pod's, not the default loopback.
        Assert.Equal("status.podIP", env["Hotline__Cluster__AdvertisedAddress"].Map("valueFrom").Map("fieldRef").Str("fieldPath"));
        Assert.Equal("true", env["Hotline__Cluster__Kubernetes"].Str("value"));
        var labels = Deployment.Map("spec").Map("template").Map("metadata").Map("labels");
        Assert.Equal(env["Hotline__Cluster__ClusterId"].Str("value"), labels.Str("orleans/clusterId"));
        Assert.Equal(env["Hotline__Cluster__ServiceId"].Str("value"), labels.Str("orleans/serviceId"));
    }

    [Fact]
    public void Deployment_Secrets_ComeFromKeysTheExampleSecretHasAndSilosDoNotMigrate()
    {
        var secret = Yaml.Documents(DeployFiles.Kubernetes("secret.example.yaml")).Single(d => d.Str("kind") == "Secret");
        var keys = secret.Map("stringData").Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet();
        var env = Env(Silo);

        foreach (var name in new[] { "ConnectionStrings__Hotline", "Hotline__Security__SigningKey" })
        {
            var reference = env[name].Map("valueFrom").Map("secretKeyRef");
            Assert.Equal(secret.Map("metadata").Str("name"), reference.Str("name"));
            Assert.Contains(reference.Str("key"), keys);
        }

        Assert.Equal("silo-connection-string", env["ConnectionStrings__Hotline"].Map("valueFrom").Map("secretKeyRef").Str("key"));
        Assert.Equal("false", env["Hotline__Database__MigrateAtStart"].Str("value"));
        var job = Yaml.Documents(DeployFiles.Kubernetes("migrate-job.yaml")).Single(d => d.Str("kind") == "Job");
        var migrate = job.Map("spec").Map("template").Map("spec").Maps("containers").Single();
        Assert.Equal(["migrate"], migrate.Strings("args"));
        Assert.Equal("migrate-connection-string", Env(migrate)["ConnectionStrings__Hotline"].Map("valueFrom").Map("secretKeyRef").Str("key"));
        Assert.Contains("migrate-connection-string", keys);
    }

    [Fact]
    public void MigrateJob_RunsTheSilosImageAsNonRoot()
    {
        var job = Yaml.Documents(DeployFiles.Kubernetes("migrate-job.yaml")).Single(d => d.Str("kind") == "Job").Map("spec").Map("template").Map("spec");

        // The schema a silo checks at start must be the one its own build migrates to.
        Assert.Equal(Silo.Str("image"), job.Maps("containers").Single().Str("image"));
        Assert.Equal("true", job.Map("securityContext").Str("runAsNonRoot"));
        Assert.NotEqual(0, int.Parse(job.Map("securityContext").Str("runAsUser")));
    }

    [Fact]
    public void Rbac_ServiceAccountOfThePods_MayGetListWatchDeleteAndPatchPods()
    {
        var documents = Yaml.Documents(DeployFiles.Kubernetes("rbac.yaml"));
        var account = documents.Single(d => d.Str("kind") == "ServiceAccount").Map("metadata").Str("name");
        var role = documents.Single(d => d.Str("kind") == "Role");
        var binding = documents.Single(d => d.Str("kind") == "RoleBinding");

        Assert.Equal(account, PodSpec.Str("serviceAccountName"));
        Assert.Equal(role.Map("metadata").Str("name"), binding.Map("roleRef").Str("name"));
        Assert.Equal(("ServiceAccount", account), binding.Maps("subjects").Select(s => (s.Str("kind"), s.Str("name"))).Single());
        var rule = role.Maps("rules").Single();
        Assert.Equal(["pods"], rule.Strings("resources"));
        // What the package's cluster agent does: watch the pods, delete a dead silo's pod, label its own pod.
        Assert.Superset(new HashSet<string> { "get", "list", "watch", "delete", "patch" }, rule.Strings("verbs").ToHashSet());
    }

    [Fact]
    public void Deployment_GraceAfterSigterm_IsLongerThanTheHostsShutdownTimeout()
    {
        // The .NET host waits 30 s (HostOptions.ShutdownTimeout's default) for the silo to leave and hand grains over.
        Assert.True(int.Parse(PodSpec.Str("terminationGracePeriodSeconds")) > new Microsoft.Extensions.Hosting.HostOptions().ShutdownTimeout.TotalSeconds);
    }

    [Fact]
    public void Service_SelectsTheDeploymentsPodsAndTargetsItsHttpPort()
    {
        var service = Yaml.Documents(DeployFiles.Kubernetes("service.yaml")).Single(d => d.Str("kind") == "Service").Map("spec");
        var podLabels = Deployment.Map("spec").Map("template").Map("metadata").Map("labels");

        foreach (var (key, value) in service.Map("selector").Children)
        {
            Assert.Equal(((YamlScalarNode)value).Value, podLabels.Str(((YamlScalarNode)key).Value!));
        }

        Assert.Equal("http", service.Maps("ports").Single().Str("targetPort"));
    }
}
