using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Classification;

public class ThresholdCalibrationTests
{
    private static List<(double, bool)> Scores(IEnumerable<double> ok, IEnumerable<double> flagged) =>
        [.. ok.Select(s => (s, false)), .. flagged.Select(s => (s, true))];

    [Fact]
    public void Hold_threshold_is_the_lowest_that_holds_at_most_the_allowed_share_of_ok_texts()
    {
        // 100 ok texts at 0.00..0.99: at most 2 may score at or above the threshold.
        var scores = Scores(Enumerable.Range(0, 100).Select(i => i / 100.0), [0.99]);

        Assert.Equal(0.98, ThresholdCalibration.HoldThreshold(scores, 0.02));
        Assert.Equal(0.05, ThresholdCalibration.HoldThreshold(Scores([0.01, 0.02], [0.9]), 0.02));
    }

    [Fact]
    public void Reject_threshold_sits_just_above_the_highest_ok_score_and_never_below_the_floor()
    {
        Assert.Equal(0.94, ThresholdCalibration.RejectThreshold(Scores([0.2, 0.935], [0.99]), 0.9));
        Assert.Equal(0.9, ThresholdCalibration.RejectThreshold(Scores([0.2, 0.5], [0.99]), 0.9));
        Assert.Equal(ThresholdCalibration.Never, ThresholdCalibration.RejectThreshold(Scores([0.995], [0.999]), 0.9));
    }
}
