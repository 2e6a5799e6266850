namespace Ugc.Grains.Classification;

/// <summary>A text and whether a human (or the corpus) says it should be flagged.</summary>
/// <param name="Text">The text.</param>
/// <param name="Flagged">True for the flagged class (spam, abuse, off-topic), false for ok.</param>
/// <param name="Group">
/// The hand-written pattern the text was generated from; texts of one group stay on one side of a split, so a
/// held-out figure never rewards remembering a pattern. Null for a text of its own.
/// </param>
/// <param name="Weight">How much the example counts in training relative to a corpus example.</param>
public sealed record LabeledExample(string Text, bool Flagged, string? Group = null, double Weight = 1.0);
