using System.Globalization;
using System.Text;

namespace Ugc.Grains.Moderation;

/// <summary>
/// Normalizes text for matching only (never for display): lower-case, no diacritics, leetspeak and
/// masking undone, elongated letters collapsed, spelled-out words ("f u c k", "f.u.c.k") joined.
/// </summary>
public static class TextNormalizer
{
    // A run of at least this many one-character pieces is read as a spelled-out word.
    private const int MinSpelledOutLength = 3;

    // Longest gap of separators allowed between the letters of a spelled-out word (". " or " - ").
    private const int MaxSpelledOutGap = 3;

    /// <summary>Normalized words joined by single spaces.</summary>
    public static string Normalize(string? text) => string.Join(' ', Tokenize(text).Select(t => t.Text));

    private static readonly RecentTextMemo<IReadOnlyList<NormalizedToken>> s_recent = new(256, TokenizeText);

    /// <summary>Splits <paramref name="text"/> into normalized words (the list is shared: never change it).</summary>
    public static IReadOnlyList<NormalizedToken> Tokenize(string? text) => string.IsNullOrWhiteSpace(text) ? [] : s_recent.Get(text);

    private static IReadOnlyList<NormalizedToken> TokenizeText(string text)
    {
        var folded = Fold(text);
        var pieces = JoinSpelledOut(folded, Split(folded));
        var tokens = new List<NormalizedToken>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (TokenDecoder.Decode(piece) is { } token)
            {
                tokens.Add(token);
            }
        }

        return tokens.AsReadOnly();
    }

    /// <summary>
    /// Lower-cases and strips diacritics, keeping punctuation; also folds full-width letters and
    /// ligatures that spammers use to dodge filters.
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                // Combining accents typed separately from their letter.
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (LatinFolding.Fold(lower) is { } folded)
            {
                sb.Append(folded);
            }
            else
            {
                sb.Append(lower);
            }
        }

        return sb.ToString();
    }

    private static List<(string Piece, int Start, int End)> Split(string text)
    {
        var pieces = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text, i))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i++;
            }

            if (i > start)
            {
                pieces.Add((text[start..i], start, i));
            }
        }

        return pieces;
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || c is '@' or '$' or '*')
        {
            return true;
        }

        // "sh!t", "don't", "l|ar": these only count inside a word, elsewhere they are punctuation.
        return c is '!' or '|' or '\''
            && i > 0 && i < text.Length - 1
            && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);
    }

    private static List<string> JoinSpelledOut(string text, List<(string Piece, int Start, int End)> pieces)
    {
        var result = new List<string>(pieces.Count);
        var i = 0;
        while (i < pieces.Count)
        {
            // The separators must all be the same ("f.u.c.k", "f u c k"), so "a f.u.c.k" keeps its "a".
            var j = i + 1;
            var gap = pieces[i].Piece.Length == 1 && j < pieces.Count ? Gap(text, pieces[i], pieces[j]) : string.Empty;
            while (pieces[i].Piece.Length == 1 && j < pieces.Count && pieces[j].Piece.Length == 1
                && gap.Length <= MaxSpelledOutGap && Gap(text, pieces[j - 1], pieces[j]) == gap)
            {
                j++;
            }

            if (j - i >= MinSpelledOutLength)
            {
                result.Add(string.Concat(pieces.Skip(i).Take(j - i).Select(p => p.Piece)));
                i = j;
            }
            else
            {
                result.Add(pieces[i].Piece);
                i++;
            }
        }

        return result;
    }

    private static string Gap(string text, (string Piece, int Start, int End) left, (string Piece, int Start, int End) right) =>
        text[left.End..right.Start];
}
