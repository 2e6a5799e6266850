namespace Ugc.Grains.Classification;

/// <summary>
/// Platt scaling: maps a classifier's raw margin z to a probability 1 / (1 + e^-(A·z + B)), with A and B fitted
/// by Newton's method on margins of examples the classifier did not train on (Platt 1999, with the
/// regularized targets of Lin, Lin and Weng 2007). Classes are weighted equally, so a probability means
/// "under even odds" whatever the mix of the calibration set.
/// </summary>
public static class PlattScaling
{
    private const int MaxIterations = 100;
    private const double MinStep = 1e-10;
    private const double Sigma = 1e-12;

    /// <summary>Fits (A, B) to held-out margins and labels; (1, 0) leaves margins as they are when a class is missing.</summary>
    public static (double Slope, double Intercept) Fit(IReadOnlyList<(double Margin, bool Flagged)> points)
    {
        var positives = points.Count(p => p.Flagged);
        var negatives = points.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return (1, 0);
        }

        var high = (positives + 1.0) / (positives + 2.0);
        var low = 1.0 / (negatives + 2.0);
        var (wPos, wNeg) = (points.Count / (2.0 * positives), points.Count / (2.0 * negatives));
        double a = 1, b = 0;
        var loss = Loss(points, a, b, high, low, wPos, wNeg);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double h11 = Sigma, h22 = Sigma, h21 = 0, g1 = 0, g2 = 0;
            foreach (var (z, flagged) in points)
            {
                var p = Sigmoid(a * z + b);
                var (t, w) = flagged ? (high, wPos) : (low, wNeg);
                var d2 = w * p * (1 - p);
                h11 += z * z * d2;
                h22 += d2;
                h21 += z * d2;
                var d1 = w * (p - t);
                g1 += z * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-6 && Math.Abs(g2) < 1e-6)
            {
                break;
            }

            var det = h11 * h22 - h21 * h21;
            var da = -(h22 * g1 - h21 * g2) / det;
            var db = -(-h21 * g1 + h11 * g2) / det;
            var step = 1.0;
            while (step >= MinStep)
            {
                var next = Loss(points, a + step * da, b + step * db, high, low, wPos, wNeg);
                if (next < loss + 1e-4 * step * (g1 * da + g2 * db))
                {
                    (a, b, loss) = (a + step * da, b + step * db, next);
                    break;
                }

                step /= 2;
            }

            if (step < MinStep)
            {
                break;
            }
        }

        return (a, b);
    }

    /// <summary>The logistic function, stable for large |x|.</summary>
    public static double Sigmoid(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    private static double Loss(IReadOnlyList<(double Margin, bool Flagged)> points, double a, double b, double high, double low, double wPos, double wNeg)
    {
        var loss = 0.0;
        foreach (var (z, flagged) in points)
        {
            var f = a * z + b;
            var (t, w) = flagged ? (high, wPos) : (low, wNeg);
            // log(1 + e^f) - t·f, computed without overflow.
            loss += w * ((f >= 0 ? f + Math.Log(1 + Math.Exp(-f)) : Math.Log(1 + Math.Exp(f))) - t * f);
        }

        return loss;
    }
}
