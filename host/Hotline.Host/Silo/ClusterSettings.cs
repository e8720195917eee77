using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Hotline.Host.Silo;

/// <summary>Section Hotline:Cluster. Silos with the same ids on one database form one cluster.</summary>
public sealed class ClusterSettings : IValidatableObject
{
    public const string SectionName = "Hotline:Cluster";

    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$", ErrorMessage = "must be 1-100 letters, digits, '.', '_' or '-'")]
    public string ClusterId { get; set; } = "hotline";

    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$", ErrorMessage = "must be 1-100 letters, digits, '.', '_' or '-'")]
    public string ServiceId { get; set; } = "hotline";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>
    /// 0 (the default): no Orleans gateway, so grains are reachable only through the host's HTTP endpoints and
    /// their access policy. Set a port only for trusted Orleans clients on a closed network.
    /// </summary>
    [Range(0, 65535)]
    public int GatewayPort { get; set; }

    /// <summary>The address other silos reach this one at.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// True inside Kubernetes (deploy/kubernetes): Orleans' Kubernetes hosting names the silo after its pod, listens on
    /// every address and removes silos whose pods are gone (needs POD_NAME, POD_NAMESPACE, POD_IP and the pod RBAC of
    /// deploy/kubernetes/rbac.yaml). Off by default: elsewhere there is no Kubernetes API to ask.
    /// </summary>
    public bool Kubernetes { get; set; }

    // Failure detection (Orleans' ClusterMembershipOptions). Orleans' defaults (probe 5 s, heartbeat 30 s, table read
    // 60 s) let a silo started right after a kill -9 wait over 90 s: it must reach or outlive every silo still listed
    // active. These bound a dead silo's declaration to about NumMissedProbesLimit × ProbeTimeout and its heartbeat's
    // staleness to 2 × IAmAliveTablePublishTimeout (see docs/operations.md, "Silo failure and joining").

    /// <summary>How long a liveness probe of another silo may take before it counts as missed.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Missed probes after which a silo votes another dead.</summary>
    [Range(1, 10)]
    public int NumMissedProbesLimit { get; set; } = 3;

    /// <summary>How often a silo writes its heartbeat into the membership table; an entry two of these old counts as stale.</summary>
    public TimeSpan IAmAliveTablePublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a silo re-reads the membership table (changes also spread by gossip at once).</summary>
    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IPAddress.TryParse(AdvertisedAddress, out _))
        {
            yield return new ValidationResult($"'{AdvertisedAddress}' is not an IP address", [nameof(AdvertisedAddress)]);
        }

        if (GatewayPort != 0 && SiloPort == GatewayPort)
        {
            yield return new ValidationResult("must differ from SiloPort", [nameof(GatewayPort)]);
        }

        foreach (var (name, value) in new[] { (nameof(ProbeTimeout), ProbeTimeout), (nameof(IAmAliveTablePublishTimeout), IAmAliveTablePublishTimeout), (nameof(TableRefreshTimeout), TableRefreshTimeout) })
        {
            if (value < TimeSpan.FromMilliseconds(500) || value > TimeSpan.FromMinutes(5))
            {
                yield return new ValidationResult($"'{value}' is outside 00:00:00.5 to 00:05:00", [name]);
            }
        }
    }
}
