using Ugc.Grains.Classification;

namespace Ugc.Grains.Moderation;

/// <summary>How one built-in model did on the held-out patterns of its corpus.</summary>
/// <param name="Model">The model.</param>
/// <param name="TrainExamples">Examples trained on (their patterns are disjoint from the test patterns).</param>
/// <param name="TestExamples">Held-out examples.</param>
/// <param name="TestPatterns">Held-out hand-written patterns they come from.</param>
/// <param name="HoldAbove">The hold threshold calibrated on the held-out scores.</param>
/// <param name="RejectAbove">The reject threshold calibrated on the held-out scores.</param>
/// <param name="AtHold">Held-out confusion counts at the hold threshold.</param>
/// <param name="AtReject">Held-out confusion counts at the reject threshold, over texts long enough to reject.</param>
/// <param name="RocAuc">Area under the ROC curve: the chance a flagged example outscores an ok one.</param>
/// <param name="Features">Weighted features of the model.</param>
/// <param name="TrainTime">Time to train and calibrate.</param>
public sealed record ModelEvaluation(
    string Model, int TrainExamples, int TestExamples, int TestPatterns, double HoldAbove, double RejectAbove,
    ClassifierMetrics AtHold, ClassifierMetrics AtReject, double RocAuc, int Features, TimeSpan TrainTime);
