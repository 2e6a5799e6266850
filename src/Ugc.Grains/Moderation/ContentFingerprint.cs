namespace Ugc.Grains.Moderation;

/// <summary>
/// A stable 64-bit fingerprint of a text's normalized words, for spotting the same text submitted
/// again (on another product, by another account): case, punctuation, spacing and common
/// obfuscation do not change it.
/// </summary>
public static class ContentFingerprint
{
    /// <summary>The fingerprint; <see cref="Fnv1a64.OffsetBasis"/> for text without words.</summary>
    public static ulong Compute(string? text)
    {
        var hash = Fnv1a64.OffsetBasis;

        // Words are concatenated without a separator so "great value" and "greatvalue" agree.
        foreach (var token in TextNormalizer.Tokenize(text))
        {
            hash = Fnv1a64.Append(hash, token.Text.Replace("*", string.Empty, StringComparison.Ordinal));
        }

        return hash;
    }

    /// <summary>The fingerprint as 16 lower-case hex digits, for storage keys.</summary>
    public static string ComputeHex(string? text) => Compute(text).ToString("x16");
}
