using Hotline.TestKit;

namespace Hotline.Organization.Tests.Support;

/// <summary>One host with the demo organisation for the scenario tests that leave household counts alone.</summary>
public sealed class OrganizationFixture : HostFixture;
