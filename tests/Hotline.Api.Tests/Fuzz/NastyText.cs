namespace Hotline.Api.Tests.Fuzz;

/// <summary>Text that breaks naive code: storable (noise) and unstorable (always refused).</summary>
public static class NastyText
{
    /// <summary>Valid Unicode a field may legitimately hold; sent as noise next to a real flaw.</summary>
    public static readonly string[] Storable =
    [
        "\u200F\u202Eevil\u202C",             // right-to-left mark and override
        "👨\u200D👩\u200D👧\u200D👦",          // zero-width-joiner family
        "e\u0301\u0301\u0301",                 // stacked combining marks
        "\uFEFFbom", "𝕏𝔂𝔷", "😀🔥💩", "Ｃｏｍｐｌａｉｎｔ", "\u2028line\u2029", "\u00A0", "İı", "ǅ",
        "' or '1'='1", "\"; --", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:x}", "%s%n", "\t\r\n",
    ];

    /// <summary>A NUL character cannot be stored in PostgreSQL text, so every field must refuse it.</summary>
    public static readonly string[] WithNul = ["\0", "a\0b", "\0' or 1=1 --"];

    public static string Huge(Random random, int length) => new(random.Next(3) switch { 0 => 'a', 1 => '樓', _ => 'x' }, length);

    /// <summary>Route segment values that are not GUIDs (already percent-encoded where needed).</summary>
    // Digits from 1 up are ticket numbers, which ticket routes accept in place of the id: "0" is the number no ticket has.
    public static readonly string[] NotGuidSegments =
    [
        "not-a-guid", "00000000-0000-0000-0000-00000000000G", "0", "-1", "%F0%9D%95%8F", "%E2%80%AE%E2%80%8F", "null", "undefined",
        "%27%20or%201%3D1", "0x10", new string('a', 2000), "12345678-1234-1234-1234-1234567890123",
    ];

    public static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
