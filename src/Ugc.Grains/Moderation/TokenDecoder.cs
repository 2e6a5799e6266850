using System.Text;

namespace Ugc.Grains.Moderation;

/// <summary>Turns one raw word (already folded to lower case) into its de-obfuscated spellings.</summary>
internal static class TokenDecoder
{
    // Bounds the spellings of pathological words ("1111111"): matching cost stays linear in text length.
    private const int MaxForms = 16;

    // Runs of this many equal letters are elongation ("soooo") rather than spelling ("good").
    private const int ElongatedRun = 3;

    private static readonly string[] OneOrEl = ["i", "l"];

    public static NormalizedToken? Decode(string piece)
    {
        piece = piece.Replace("'", string.Empty, StringComparison.Ordinal);
        if (IsPlainWord(piece))
        {
            return new NormalizedToken(piece, new[] { piece }, Masked: false);
        }

        // "@$$" is a word in disguise; "$100" is a number.
        var isWord = piece.Any(char.IsLetter) || (!piece.Any(char.IsDigit) && piece.Any(c => c is '@' or '$'));
        if (!isWord)
        {
            // Numbers stay numbers: "$100" is 100, "555-1234" is two numbers.
            var digits = new string(piece.Where(char.IsDigit).ToArray());
            return digits.Length == 0 ? null : new NormalizedToken(digits, [digits], Masked: false);
        }

        var masked = piece.Length >= 3 && piece.Contains('*', StringComparison.Ordinal);
        var decodeLeet = !IsQuantity(piece);
        var chars = new List<string[]>(piece.Length);
        foreach (var c in piece)
        {
            if (c == '*' && !masked)
            {
                continue;
            }

            if (Leet(c, decodeLeet) is { } alternatives)
            {
                chars.Add(alternatives);
            }
        }

        return Expand(CollapseRuns(chars), masked);
    }

    // Letters only, no letter three times in a row: the word is its one spelling. Most words of most texts are, and
    // the general path below builds every spelling character by character.
    private static bool IsPlainWord(string piece)
    {
        var run = 0;
        for (var i = 0; i < piece.Length; i++)
        {
            if (!char.IsLetter(piece[i]))
            {
                return false;
            }

            run = i > 0 && piece[i] == piece[i - 1] ? run + 1 : 1;
            if (run >= ElongatedRun)
            {
                return false;
            }
        }

        return piece.Length > 0;
    }

    // "4k", "3rd", "64gb", "10x": a number with a unit is not leetspeak.
    private static bool IsQuantity(string piece)
    {
        var digits = 0;
        while (digits < piece.Length && char.IsDigit(piece[digits]))
        {
            digits++;
        }

        var letters = piece.Length - digits;
        return digits > 0 && letters is >= 1 and <= 3 && piece.Skip(digits).All(char.IsLetter);
    }

    private static string[]? Leet(char c, bool decode) => (c, decode) switch
    {
        ('0', true) => ["o"],
        ('1', true) => OneOrEl,
        ('3', true) => ["e"],
        ('4', true) => ["a"],
        ('5', true) => ["s"],
        ('7', true) => ["t"],
        ('@', true) => ["a"],
        ('$', true) => ["s"],
        ('!', true) => ["i"],
        ('|', true) => ["l"],
        ('@' or '$' or '!' or '|', false) => null,
        _ => [c.ToString()],
    };

    private static List<string[]> CollapseRuns(List<string[]> chars)
    {
        var segments = new List<string[]>(chars.Count);
        var i = 0;
        while (i < chars.Count)
        {
            var current = chars[i];
            var j = i + 1;
            if (IsSingleLetter(current))
            {
                while (j < chars.Count && chars[j].Length == 1 && chars[j][0] == current[0])
                {
                    j++;
                }
            }

            var run = j - i;
            segments.Add(run switch
            {
                1 => current,
                >= ElongatedRun => [current[0], current[0] + current[0]],
                _ => [string.Concat(Enumerable.Repeat(current[0], run))],
            });
            i = j;
        }

        return segments;
    }

    private static bool IsSingleLetter(string[] alternatives) =>
        alternatives.Length == 1 && alternatives[0].Length == 1 && char.IsLetter(alternatives[0][0]);

    private static NormalizedToken? Expand(List<string[]> segments, bool masked)
    {
        List<StringBuilder> forms = [new StringBuilder()];
        foreach (var alternatives in segments)
        {
            if (alternatives.Length == 1)
            {
                // One spelling of this part: every form just grows by it.
                forms.ForEach(form => form.Append(alternatives[0]));
                continue;
            }

            var next = new List<StringBuilder>(Math.Min(MaxForms, forms.Count * alternatives.Length));
            foreach (var form in forms)
            {
                foreach (var alternative in alternatives)
                {
                    if (next.Count < MaxForms)
                    {
                        next.Add(new StringBuilder(form.ToString()).Append(alternative));
                    }
                }
            }

            forms = next;
        }

        var strings = forms.Select(f => f.ToString()).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return strings.Length == 0 ? null : new NormalizedToken(strings[0], strings, masked);
    }
}
