namespace Ugc.Grains.Classification;

/// <summary>The batch fit behind <see cref="LogisticRegressionClassifier"/>: AdaGrad on the L2-penalized, class-balanced log loss.</summary>
internal static class LogisticRegressionTrainer
{
    // Fixed: the same examples always give the same model.
    private const ulong Seed = 0x5EED;

    public static (Dictionary<int, float> Weights, float Bias) Fit(List<EncodedExample> examples, LogisticRegressionOptions options)
    {
        var size = 1 << options.Bits;
        var weights = new double[size];
        var squares = new double[size];
        double bias = 0, biasSquares = 0;
        var features = KeptFeatures(examples, options.MinPhraseExamples);
        var flagged = examples.Count(e => e.Flagged);
        var (flaggedWeight, okWeight) = flagged == 0 || flagged == examples.Count
            ? (1.0, 1.0)
            : (examples.Count / (2.0 * flagged), examples.Count / (2.0 * (examples.Count - flagged)));

        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new SplitMix64(Seed);
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                var kept = features[index];
                var scale = example.FeatureCount == 0 ? 0 : 1 / Math.Sqrt(example.FeatureCount);
                var margin = bias;
                foreach (var f in kept)
                {
                    margin += weights[f] * scale;
                }

                var error = (PlattScaling.Sigmoid(margin) - (example.Flagged ? 1 : 0)) * (example.Flagged ? flaggedWeight : okWeight) * example.Weight;
                foreach (var f in kept)
                {
                    var gradient = error * scale + options.L2 * weights[f];
                    squares[f] += gradient * gradient;
                    weights[f] -= options.LearningRate * gradient / Math.Sqrt(squares[f] + 1e-12);
                }

                biasSquares += error * error;
                bias -= options.LearningRate * error / Math.Sqrt(biasSquares + 1e-12);
            }
        }

        var sparse = new Dictionary<int, float>();
        for (var f = 0; f < size; f++)
        {
            if (Math.Abs(weights[f]) >= options.PruneBelow)
            {
                sparse[f] = (float)weights[f];
            }
        }

        return (sparse, (float)bias);
    }

    /// <summary>The margin of an encoded example under a fitted model.</summary>
    public static double Margin(Dictionary<int, float> weights, float bias, EncodedExample example)
    {
        if (example.FeatureCount == 0)
        {
            return bias;
        }

        var sum = 0.0;
        foreach (var f in example.Words)
        {
            sum += weights.GetValueOrDefault(f);
        }

        foreach (var f in example.Phrases)
        {
            sum += weights.GetValueOrDefault(f);
        }

        return bias + sum / Math.Sqrt(example.FeatureCount);
    }

    // Words always count; a pair must recur in the training set to earn a weight.
    private static int[][] KeptFeatures(List<EncodedExample> examples, int minPhraseExamples)
    {
        var counts = new Dictionary<int, int>();
        foreach (var example in examples)
        {
            foreach (var f in example.Phrases)
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        return [.. examples.Select(e => e.Words.Concat(e.Phrases.Where(f => counts[f] >= minPhraseExamples)).Distinct().ToArray())];
    }
}
