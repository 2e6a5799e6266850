namespace Ugc.Grains.Classification;

/// <summary>A text of an evaluation set, never used in training, and what it is.</summary>
/// <param name="Kind">honest, spam, solicitation or abuse.</param>
/// <param name="Text">The text as a shopper would write it.</param>
public sealed record EvaluationText(string Kind, string Text)
{
    /// <summary>The kind of texts that must be published.</summary>
    public const string Honest = "honest";
}
