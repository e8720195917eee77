using Hotline.TestKit;

namespace Hotline.Organization.Tests.Support;

/// <summary>A host of its own for the test that writes state the way an earlier version did.</summary>
public sealed class LegacyFixture : HostFixture;
