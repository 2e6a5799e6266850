namespace Ugc.Grains.Moderation;

/// <summary>
/// Matches a client's term list (words and phrases) against text on whole normalized words, so
/// obfuscated forms ("sh1t", "f u c k", "f*ck") match while "class" never matches "ass" and
/// "Scunthorpe" never matches anything inside it. Also serves allowed-topic keyword lists.
/// </summary>
public sealed class BannedTermMatcher
{
    private readonly List<(string Term, string[] Words)> _terms = [];
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);

    /// <summary>Builds a matcher; blank terms and terms that normalize to nothing are ignored.</summary>
    public BannedTermMatcher(IEnumerable<string> terms)
    {
        foreach (var term in terms.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var words = TextNormalizer.Tokenize(term).Select(t => t.Text).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            _terms.Add((term.Trim(), words));
            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            list.Add(_terms.Count - 1);
        }
    }

    /// <summary>How many usable terms the matcher holds.</summary>
    public int Count => _terms.Count;

    /// <summary>The terms found in <paramref name="text"/>, each once, in order of first occurrence.</summary>
    public IReadOnlyList<string> FindMatches(string? text) => FindMatches(TextNormalizer.Tokenize(text));

    /// <summary>The terms found in already tokenized text, each once, in order of first occurrence.</summary>
    public IReadOnlyList<string> FindMatches(IReadOnlyList<NormalizedToken> tokens)
    {
        if (_terms.Count == 0 || tokens.Count == 0)
        {
            return [];
        }

        var found = new List<string>();
        var seen = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var index in Candidates(tokens[i]))
            {
                if (!seen.Contains(index) && MatchesAt(tokens, i, _terms[index].Words))
                {
                    seen.Add(index);
                    found.Add(_terms[index].Term);
                }
            }
        }

        return found;
    }

    private IEnumerable<int> Candidates(NormalizedToken token)
    {
        if (token.Masked)
        {
            // A wildcard can stand for any first word, so every term is a candidate.
            return Enumerable.Range(0, _terms.Count);
        }

        return token.Forms
            .SelectMany(f => _byFirstWord.TryGetValue(f, out var list) ? list : [])
            .Distinct();
    }

    private static bool MatchesAt(IReadOnlyList<NormalizedToken> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!WordMatches(tokens[start + k], words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WordMatches(NormalizedToken token, string word) =>
        token.Masked
            ? token.Forms.Any(f => MaskPattern.Matches(f, word))
            : token.Forms.Contains(word, StringComparer.Ordinal);
}
