namespace Ugc.Grains.Classification;

/// <summary>One hand-written line of a corpus: its label, its pattern, and where it was written.</summary>
/// <param name="Flagged">True for the flagged class.</param>
/// <param name="Pattern">The pattern (see <see cref="PatternExpander"/>).</param>
/// <param name="Source">The corpus file and line, for error messages.</param>
public sealed record CorpusPattern(bool Flagged, string Pattern, string Source);
