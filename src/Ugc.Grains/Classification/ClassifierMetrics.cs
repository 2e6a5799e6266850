namespace Ugc.Grains.Classification;

/// <summary>
/// A confusion matrix for the flagged class and the usual figures derived from it. Ratios with a
/// zero denominator are 0, so an empty or one-sided evaluation never yields NaN.
/// </summary>
public sealed record ClassifierMetrics(int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    /// <summary>Examples evaluated.</summary>
    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Of the examples flagged, the share that should have been.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Of the examples that should be flagged, the share that were.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Ratio(2.0 * Precision * Recall, Precision + Recall);

    /// <summary>The share of examples classified correctly.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>Counts (predicted, actual) pairs, true meaning flagged.</summary>
    public static ClassifierMetrics FromPairs(IEnumerable<(bool Predicted, bool Actual)> pairs)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (var (predicted, actual) in pairs)
        {
            _ = (predicted, actual) switch
            {
                (true, true) => tp++,
                (true, false) => fp++,
                (false, false) => tn++,
                (false, true) => fn++,
            };
        }

        return new ClassifierMetrics(tp, fp, tn, fn);
    }

    /// <summary>The share of examples on which two models decide alike, e.g. a shadow model and the active one.</summary>
    public static double AgreementRate(IEnumerable<(bool First, bool Second)> decisions)
    {
        int agree = 0, total = 0;
        foreach (var (first, second) in decisions)
        {
            total++;
            agree += first == second ? 1 : 0;
        }

        return Ratio(agree, total);
    }

    /// <summary>
    /// The area under the ROC curve: the chance that a flagged example outscores an ok one (ties count half), a
    /// measure of ranking that needs no threshold. 0 when a class is missing.
    /// </summary>
    public static double RocAuc(IEnumerable<(double Score, bool Flagged)> points)
    {
        var list = points.ToList();
        var positives = list.Where(p => p.Flagged).Select(p => p.Score).Order().ToArray();
        var negatives = list.Where(p => !p.Flagged).Select(p => p.Score).Order().ToArray();
        if (positives.Length == 0 || negatives.Length == 0)
        {
            return 0;
        }

        double wins = 0;
        foreach (var p in positives)
        {
            var below = LowerBound(negatives, p);
            var equal = LowerBound(negatives, Math.BitIncrement(p)) - below;
            wins += below + equal / 2.0;
        }

        return wins / ((double)positives.Length * negatives.Length);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"n={Total} accuracy={Accuracy:F3} precision={Precision:F3} recall={Recall:F3} F1={F1:F3} (tp={TruePositives} fp={FalsePositives} tn={TrueNegatives} fn={FalseNegatives})";

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = sorted[mid] < value ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
