namespace Ugc.Grains.Moderation;

/// <summary>
/// Wildcard matching for masked words: a run of k '*' stands for 1 to k+1 letters, so "f*ck",
/// "f**k" and "f***" all match "fuck" and "sh*t" matches "shit", while "sh*t" cannot match "shot up".
/// </summary>
internal static class MaskPattern
{
    public static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> word)
    {
        if (pattern.IsEmpty)
        {
            return word.IsEmpty;
        }

        if (pattern[0] != '*')
        {
            return !word.IsEmpty && word[0] == pattern[0] && Matches(pattern[1..], word[1..]);
        }

        var stars = 0;
        while (stars < pattern.Length && pattern[stars] == '*')
        {
            stars++;
        }

        var rest = pattern[stars..];
        for (var take = 1; take <= stars + 1 && take <= word.Length; take++)
        {
            if (Matches(rest, word[take..]))
            {
                return true;
            }
        }

        return false;
    }
}
