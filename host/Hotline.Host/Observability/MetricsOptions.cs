using System.ComponentModel.DataAnnotations;

namespace Hotline.Host.Observability;

/// <summary>
/// The metrics scrape (section <c>Hotline:Metrics</c>, issue 14). <c>/metrics</c> serves the administrator (a bearer token or
/// the console session, access table) and, without sign-in, only the operators' networks listed in <see cref="ScrapeNetworks"/>.
/// </summary>
public sealed class MetricsOptions : IValidatableObject
{
    public const string SectionName = "Hotline:Metrics";

    /// <summary>Off: no meter provider, no /metrics (the instruments still exist and cost next to nothing unheard).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Networks (CIDR, e.g. <c>10.20.0.0/24</c>, or one address) whose requests may scrape without signing in: the
    /// Prometheus servers'. Empty by default: a reverse proxy on the same machine would otherwise pass owners' requests
    /// from loopback. The connection's own address counts, never a forwarded header.
    /// </summary>
    public string[] ScrapeNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var network in ScrapeNetworks)
        {
            if (!OperatorsNetwork.TryParse(network, out _))
            {
                yield return new ValidationResult($"'{network}' is not a network (CIDR like 10.20.0.0/24) or an address", [nameof(ScrapeNetworks)]);
            }
        }
    }
}
