using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Classification;

public class ClassifierMetricsTests
{
    [Fact]
    public void Derives_precision_recall_f1_and_accuracy_from_confusion_counts()
    {
        var pairs = Enumerable.Repeat((true, true), 8)
            .Concat(Enumerable.Repeat((true, false), 2))
            .Concat(Enumerable.Repeat((false, false), 6))
            .Concat(Enumerable.Repeat((false, true), 4));

        var metrics = ClassifierMetrics.FromPairs(pairs);

        Assert.Equal(new ClassifierMetrics(8, 2, 6, 4), metrics);
        Assert.Equal(0.8, metrics.Precision, 12);
        Assert.Equal(8.0 / 12, metrics.Recall, 12);
        Assert.Equal(2 * 0.8 * (8.0 / 12) / (0.8 + (8.0 / 12)), metrics.F1, 12);
        Assert.Equal(0.7, metrics.Accuracy, 12);
    }

    [Fact]
    public void Undefined_ratios_are_zero_not_nan()
    {
        var metrics = ClassifierMetrics.FromPairs([(false, false)]);
        Assert.Equal(0, metrics.Precision);
        Assert.Equal(0, metrics.Recall);
        Assert.Equal(0, metrics.F1);
        Assert.Equal(1, metrics.Accuracy);
        Assert.Equal(0, ClassifierMetrics.FromPairs([]).Accuracy);
    }

    [Fact]
    public void Agreement_rate_counts_matching_decisions() =>
        Assert.Equal(0.75, ClassifierMetrics.AgreementRate([(true, true), (false, false), (true, false), (false, false)]));
}
