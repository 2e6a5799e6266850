namespace Ugc.Grains.Moderation;

/// <summary>Presence and length limits for one submission field (lengths in text elements, trimmed).</summary>
/// <param name="Field">The field name, matched case-insensitively, e.g. "ReviewText".</param>
/// <param name="Required">Whether the field must be present and not blank.</param>
/// <param name="MinLength">Minimum length when present; 0 for none.</param>
/// <param name="MaxLength">Maximum length; <see cref="int.MaxValue"/> for none.</param>
public sealed record FieldRule(string Field, bool Required = false, int MinLength = 0, int MaxLength = int.MaxValue);
