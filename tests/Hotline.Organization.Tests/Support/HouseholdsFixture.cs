using Hotline.TestKit;

namespace Hotline.Organization.Tests.Support;

/// <summary>A host of its own for the tests that change household counts, so no other test sees the new totals.</summary>
public sealed class HouseholdsFixture : HostFixture;
