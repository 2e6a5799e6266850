using System.Text;

namespace Ugc.Grains.Classification;

/// <summary>
/// Surface noise that people add whatever they write: lower case, shouting, a dropped full stop, a typo, an
/// opener or a sign-off. Applied with the same chances to every label, so none of it tells the label; it only
/// keeps a model from relying on tidy punctuation and spelling.
/// </summary>
public static class TextVariation
{
    private static readonly string[] Openers = ["Honestly, ", "Update: ", "Ok so ", "Well, ", "FYI ", "So ", "Edit: ", "Just saying, ", "Wow. ", "Hmm. "];

    private static readonly string[] Closers = [" Thanks.", " lol", " Just my two cents.", " !!", " :)", " Anyway.", " That's all.", " Hope this helps."];

    /// <summary>Returns <paramref name="text"/> with random, label-independent noise.</summary>
    public static string Apply(string text, SplitMix64 random)
    {
        if (random.Chance(0.08))
        {
            text = Openers[random.Next(Openers.Length)] + LowerFirst(text);
        }

        if (random.Chance(0.08))
        {
            text = text.TrimEnd() + Closers[random.Next(Closers.Length)];
        }

        if (random.Chance(0.1))
        {
            text = Typo(text, random);
        }

        if (random.Chance(0.12) && text.EndsWith('.'))
        {
            text = text[..^1];
        }

        return random.NextDouble() switch
        {
            < 0.1 => text.ToLowerInvariant(),
            < 0.13 => text.ToUpperInvariant(),
            _ => text,
        };
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) && !text.StartsWith("I ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    // Swaps two neighbouring letters inside one longer word, the commonest typing slip.
    private static string Typo(string text, SplitMix64 random)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var index = candidates[random.Next(candidates.Count)];
        var chars = words[index].ToCharArray();
        var at = 1 + random.Next(chars.Length - 2);
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        words[index] = new string(chars);
        return new StringBuilder().AppendJoin(' ', words).ToString();
    }
}
