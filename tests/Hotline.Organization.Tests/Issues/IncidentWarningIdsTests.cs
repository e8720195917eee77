using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Tests.Issues;

/// <summary>
/// An incident's warning id moved from the Escalation module's WarningIds to this module: a database written before
/// the move holds warnings under the old names, so the name each id is derived from must not change.
/// </summary>
public sealed class IncidentWarningIdsTests
{
    [Theory]
    [InlineData("company", "water-outage", 1L, "incident/company/water-outage/1")]
    [InlineData("project/p-sunrise", "elevator", 3L, "incident/project/p-sunrise/elevator/3")]
    public void A11_3_incident_warning_id_is_derived_from_the_name_earlier_versions_used(string scope, string key, long episode, string name)
    {
        Assert.Equal(NameBasedGuid.From(name), IncidentWarningIds.For(scope, key, episode));
    }
}
