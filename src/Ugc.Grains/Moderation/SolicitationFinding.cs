namespace Ugc.Grains.Moderation;

/// <summary>One piece of contact information or link found in a text.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Value">The matched text, lower-cased and without diacritics.</param>
/// <param name="Obfuscated">True when it was disguised ("at", "dot", spaced letters).</param>
public sealed record SolicitationFinding(SolicitationKind Kind, string Value, bool Obfuscated);
