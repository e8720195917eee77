using System.Reflection;
using Hotline.TestKit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Host.Tests.Deployment;

/// <summary>Orleans' Kubernetes hosting is added only when Hotline:Cluster:Kubernetes says so (it needs a Kubernetes API).</summary>
public sealed class KubernetesHostingSwitchTests
{
    private static readonly Assembly KubernetesHosting = typeof(Orleans.Hosting.Kubernetes.KubernetesHostingOptions).Assembly;

    private static async Task<bool> RegistersKubernetesHosting(params string[] settings)
    {
        IServiceCollection? services = null;
        // Built, never started: no database is touched, so any connection string will do.
        await using var app = HotlineApp.Build(
            ["--ConnectionStrings:Hotline=Host=127.0.0.1;Database=unused", $"--Hotline:Security:SigningKey={HotlineTestHost.SigningKey}", .. settings],
            builder => services = builder.Services);
        // Orleans registers every referenced assembly's generated serializer metadata (OrleansCodeGen.*) on its own:
        // that is not the hosting, the options and the cluster agent are.
        return services!.Any(d => d.ImplementationType?.Namespace?.StartsWith("OrleansCodeGen", StringComparison.Ordinal) != true
            && (FromPackage(d.ServiceType) || FromPackage(d.ImplementationType)));
    }

    private static bool FromPackage(Type? type) =>
        type is not null && (type.Assembly == KubernetesHosting || type.GenericTypeArguments.Any(FromPackage));

    [Fact]
    public async Task Default_AddsNothingOfKubernetesHosting()
    {
        Assert.False(await RegistersKubernetesHosting());
    }

    [Fact]
    public async Task KeyOn_AddsKubernetesHosting()
    {
        Assert.True(await RegistersKubernetesHosting("--Hotline:Cluster:Kubernetes=true"));
    }
}
