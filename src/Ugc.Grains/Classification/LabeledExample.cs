namespace Ugc.Grains.Classification;

/// <summary>A text and whether a human (or the corpus) says it should be flagged.</summary>
/// <param name="Text">The text.</param>
/// <param name="Flagged">True for the flagged class (spam, abuse, off-topic), false for ok.</param>
public sealed record LabeledExample(string Text, bool Flagged);
