using System.Collections.Concurrent;
using System.Diagnostics;
using Ugc.Grains.Classification;

namespace Ugc.Grains.Moderation;

/// <summary>
/// Built-in models trained once per process. Training is deterministic, so every activation of a built-in model
/// (the shared one and each client's own copy) would train the very same weights; the first pays for it, the rest
/// restore a fresh copy they can update on-line without touching the others.
/// </summary>
internal static class BuiltInModelCache
{
    private static readonly ConcurrentDictionary<string, Lazy<(LogisticRegressionModel Model, TimeSpan Elapsed)>> Models = new(StringComparer.Ordinal);

    /// <summary>A fresh classifier of the built-in <paramref name="corpus"/>, and the training time if this call trained it.</summary>
    public static (LogisticRegressionClassifier Classifier, TimeSpan? Trained) Get(string corpus)
    {
        var trainedHere = false;
        var entry = Models.GetOrAdd(corpus, name => new Lazy<(LogisticRegressionModel, TimeSpan)>(() =>
        {
            trainedHere = true;
            var started = Stopwatch.GetTimestamp();
            var model = LogisticRegressionClassifier.Train(CorpusLoader.LoadBuiltIn(name)).ToModel();
            return (model, Stopwatch.GetElapsedTime(started));
        })).Value;
        return (LogisticRegressionClassifier.FromModel(entry.Model), trainedHere ? entry.Elapsed : null);
    }
}
