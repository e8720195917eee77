using System.Collections.Immutable;
using System.Text.Json;
using Hotline.Organization.Api;
using Hotline.Organization.Issues;

namespace Hotline.Organization.Tests.Issues;

public sealed class HouseholdTotalsTests
{
    private static readonly ImmutableDictionary<string, int> Parts = new Dictionary<string, int> { ["a"] = 100, ["b"] = 50 }.ToImmutableDictionary();

    [Fact]
    public void HouseholdTotals_ANewCount_IsAppliedOnceHoweverOftenRepeated()
    {
        var (total, parts) = HouseholdTotals.Apply(150, Parts, "a", 100, 80);
        var (again, partsAgain) = HouseholdTotals.Apply(total, parts, "a", 100, 80);

        Assert.Equal(130, total);
        Assert.Equal(130, again);
        Assert.Same(parts, partsAgain);
    }

    [Fact]
    public void HouseholdTotals_StateWithoutParts_UsesTheProjectsPreviousCount()
    {
        var (total, parts) = HouseholdTotals.Apply(150, ImmutableDictionary<string, int>.Empty, "b", 50, 70);

        Assert.Equal(170, total);
        Assert.Equal(70, parts["b"]);
    }

    [Theory]
    [InlineData("""{"households": 640}""", 640, null)]
    [InlineData("""{"Households": 0}""", 0, null)]
    [InlineData("""{"households": -1}""", 0, "households cannot be negative")]
    [InlineData("""{"households": 1.5}""", 0, "households must be a whole number from 0 to 2147483647")]
    [InlineData("""{"households": "many"}""", 0, "households must be a whole number from 0 to 2147483647")]
    [InlineData("""{"households": null}""", 0, "households is required")]
    [InlineData("""{}""", 0, "households is required")]
    [InlineData("""[1]""", 0, "the body must be a JSON object such as {\"households\": 1200}")]
    public void HouseholdsBody_Check(string json, int households, string? problem)
    {
        using var body = JsonDocument.Parse(json);

        Assert.Equal((households, problem), HouseholdsBody.Check(body.RootElement));
    }
}
