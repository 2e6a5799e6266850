using Ugc.Grains.Moderation;

namespace Ugc.Grains.Submissions;

/// <summary>
/// The one rule for "the same text again" (<c>ERROR_FORM_DUPLICATE</c>): the body text of a submission, normalized by
/// <see cref="ContentFingerprint"/>, may be stored once per client. Texts shorter than <see cref="MinLength"/> are exempt:
/// "Works great!" from two shoppers is honest agreement, not a copy.
/// </summary>
public static class DuplicateTextRule
{
    /// <summary>The shortest text fingerprinted, the length below which a review counts as ratings-only.</summary>
    public const int MinLength = 50;

    /// <summary>The fingerprint the velocity check keys on, or null when the text is exempt.</summary>
    public static string? Fingerprint(string? text) =>
        text?.Trim() is { Length: >= MinLength } body ? ContentFingerprint.ComputeHex(body) : null;
}
