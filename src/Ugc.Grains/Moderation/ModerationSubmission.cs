namespace Ugc.Grains.Moderation;

/// <summary>The free-text fields of one submission, by field name (e.g. Title, ReviewText, UserNickname).</summary>
/// <param name="Fields">Field values; names are matched case-insensitively.</param>
public sealed record ModerationSubmission(IReadOnlyDictionary<string, string?> Fields);
