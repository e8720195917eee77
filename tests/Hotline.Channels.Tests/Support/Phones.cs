using System.Globalization;

namespace Hotline.Channels.Tests.Support;

/// <summary>A fresh mainland mobile number per test, so each test reads only its own messages.</summary>
public static class Phones
{
    private static int _next = Random.Shared.Next(1_000_000, 9_000_000);

    public static string Next() => "139" + Interlocked.Increment(ref _next).ToString("D8", CultureInfo.InvariantCulture);
}
