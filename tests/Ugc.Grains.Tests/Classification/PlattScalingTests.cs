using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Classification;

public class PlattScalingTests
{
    [Fact]
    public void Fit_recovers_the_slope_and_intercept_that_generated_the_labels()
    {
        // Labels drawn with P(flagged | z) = σ(2z - 1), even classes: Platt must find about (2, -1).
        var random = new SplitMix64(3);
        var points = new List<(double, bool)>();
        for (var i = 0; i < 20_000; i++)
        {
            var z = random.NextDouble() * 6 - 3;
            points.Add((z, random.NextDouble() < PlattScaling.Sigmoid(2 * z - 1)));
        }

        var (slope, intercept) = PlattScaling.Fit(points);

        // Classes are reweighted to even odds, which moves the intercept a little with the class mix.
        Assert.InRange(slope, 1.8, 2.2);
        Assert.InRange(intercept, -1.4, -0.6);
    }

    [Fact]
    public void Overconfident_margins_are_shrunk()
    {
        // Margins of ±10 that are right only 80% of the time must map to about 0.8, not 0.99995.
        var points = Enumerable.Range(0, 1000).Select(i => (i % 2 == 0 ? 10.0 : -10.0, i % 10 < 8 ? i % 2 == 0 : i % 2 != 0)).ToList();

        var (slope, intercept) = PlattScaling.Fit(points);

        Assert.InRange(PlattScaling.Sigmoid(slope * 10 + intercept), 0.75, 0.85);
    }

    [Fact]
    public void One_class_only_leaves_margins_as_they_are() =>
        Assert.Equal((1.0, 0.0), PlattScaling.Fit([(1.0, true), (2.0, true)]));

    [Theory]
    [InlineData(800.0, 1.0)]
    [InlineData(-800.0, 0.0)]
    [InlineData(0.0, 0.5)]
    public void Sigmoid_is_stable_at_the_extremes(double x, double expected) =>
        Assert.Equal(expected, PlattScaling.Sigmoid(x), 12);
}
