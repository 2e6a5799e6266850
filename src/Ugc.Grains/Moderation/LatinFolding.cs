using System.Collections.Frozen;

namespace Ugc.Grains.Moderation;

/// <summary>
/// Maps accented Latin letters, full-width forms and ligatures to plain ASCII letters. Written out
/// because the build runs with invariant globalization, where <see cref="string.Normalize()"/>
/// does not decompose characters.
/// </summary>
internal static class LatinFolding
{
    private static readonly FrozenDictionary<char, string> Map = Build();

    /// <summary>The plain form of a lower-case character, or null when it has none.</summary>
    public static string? Fold(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            // Full-width ASCII ("ｆｒｅｅ") sits at a fixed offset from ASCII.
            return ((char)(c - 0xFEE0)).ToString().ToLowerInvariant();
        }

        return Map.GetValueOrDefault(c);
    }

    private static FrozenDictionary<char, string> Build()
    {
        (string From, string To)[] groups =
        [
            ("àáâãäåāăąǎ", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
            ("ĥħ", "h"), ("ìíîïĩīĭįıǐ", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
            ("òóôõöøōŏőǒ", "o"), ("ŕŗř", "r"), ("śŝşšșſ", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűųǔ", "u"),
            ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
            ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ĳ", "ij"), ("ﬀ", "ff"), ("ﬁ", "fi"), ("ﬂ", "fl"),
            ("\u2018\u2019`´", "'"),
        ];
        return groups
            .SelectMany(g => g.From.Select(c => (c, g.To)))
            .ToFrozenDictionary(p => p.c, p => p.To);
    }
}
