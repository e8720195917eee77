using Hotline.TestKit;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>What the console's browser helpers need of a fixture: its host, its fake clock and a fresh page of its own.</summary>
public interface IConsoleHost
{
    HotlineTestHost Host { get; }

    FakeTimeProvider Clock { get; }

    Uri Address { get; }

    Task<IPage> NewPage();
}
