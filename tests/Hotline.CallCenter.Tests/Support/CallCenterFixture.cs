using Hotline.TestKit;

namespace Hotline.CallCenter.Tests.Support;

/// <summary>One host with the demo organisation for the workspace tests; each test adds a project of its own.</summary>
public sealed class CallCenterFixture : HostFixture;
