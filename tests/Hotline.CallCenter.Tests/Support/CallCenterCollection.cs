namespace Hotline.CallCenter.Tests.Support;

/// <summary>The workspace tests share one host and one clock, run one after another; the clock only moves forward.</summary>
[CollectionDefinition(Name)]
public sealed class CallCenterCollection : ICollectionFixture<CallCenterFixture>
{
    public const string Name = "call-center";
}
