using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Support;

/// <summary>One host with the demo organisation for the reporting tests; each test adds projects of its own, so figures are its own.</summary>
public sealed class ReportingFixture : HostFixture;
