namespace Ugc.Grains.Classification;

/// <summary>
/// Picks a model's thresholds from scores of held-out examples, on a grid of hundredths so the numbers are easy to
/// read and to type into a client's profile.
/// </summary>
public static class ThresholdCalibration
{
    /// <summary>A threshold no calibrated score reaches: the model never takes this action alone.</summary>
    public const double Never = Contracts.Clients.ModelRoute.Never;

    /// <summary>
    /// The lowest threshold at which at most <paramref name="maxFalsePositiveRate"/> of the held-out ok examples
    /// score at or above it: the most flagged content caught for a bounded share of honest content held.
    /// </summary>
    public static double HoldThreshold(IReadOnlyList<(double Score, bool Flagged)> heldOut, double maxFalsePositiveRate)
    {
        var ok = heldOut.Where(p => !p.Flagged).Select(p => p.Score).ToList();
        for (var cents = 5; cents <= 99; cents++)
        {
            var t = cents / 100.0;
            if (ok.Count == 0 || ok.Count(s => s >= t) <= maxFalsePositiveRate * ok.Count)
            {
                return t;
            }
        }

        return Never;
    }

    /// <summary>
    /// The lowest threshold, not below <paramref name="floor"/>, that no held-out ok example reaches: a score there
    /// has been seen only on flagged content. <see cref="Never"/> when an ok example scores 0.99 or more.
    /// </summary>
    public static double RejectThreshold(IReadOnlyList<(double Score, bool Flagged)> heldOut, double floor)
    {
        var highestOk = heldOut.Where(p => !p.Flagged).Select(p => p.Score).DefaultIfEmpty(0).Max();
        var t = Math.Max(floor, Math.Floor(highestOk * 100 + 1) / 100);
        return t > 0.99 ? Never : Math.Round(t, 2);
    }
}
