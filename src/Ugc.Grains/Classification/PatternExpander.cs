using System.Text;

namespace Ugc.Grains.Classification;

/// <summary>
/// Expands a hand-written corpus pattern into concrete text. <c>{a|b|c}</c> picks one alternative (an empty
/// one makes the part optional, alternatives may nest); <c>&lt;name&gt;</c> picks a filler of a shared slot,
/// which may itself hold alternatives and slots. Slots are vocabulary shared by every label (products, parts,
/// durations, people), so they vary the text without telling the label.
/// </summary>
public sealed class PatternExpander(IReadOnlyDictionary<string, IReadOnlyList<string>> slots)
{
    // Slots may refer to slots; this bounds a slot that refers to itself.
    private const int MaxDepth = 8;

    /// <summary>Expands <paramref name="pattern"/> with choices drawn from <paramref name="random"/>.</summary>
    /// <exception cref="FormatException">Unbalanced braces or an unknown slot.</exception>
    public string Expand(string pattern, SplitMix64 random)
    {
        var sb = new StringBuilder(pattern.Length * 2);
        Append(sb, pattern, random, 0);
        return Tidy(sb.ToString());
    }

    /// <summary>Checks a pattern's syntax and slot names without expanding it.</summary>
    public void Validate(string pattern)
    {
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            depth += pattern[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                throw new FormatException($"Unbalanced '}}' at {i}.");
            }

            if (SlotAt(pattern, i) is { } slot)
            {
                _ = Slot(slot.Name);
                i = slot.End - 1;
            }
        }

        if (depth != 0)
        {
            throw new FormatException("Unbalanced '{'.");
        }
    }

    private void Append(StringBuilder sb, string pattern, SplitMix64 random, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException($"Slots nest deeper than {MaxDepth}: '{pattern}'.");
        }

        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '{')
            {
                var end = Closing(pattern, i);
                var alternatives = Alternatives(pattern, i + 1, end);
                Append(sb, alternatives[random.Next(alternatives.Count)], random, depth + 1);
                i = end + 1;
            }
            else if (SlotAt(pattern, i) is { } slot)
            {
                var fillers = Slot(slot.Name);
                Append(sb, fillers[random.Next(fillers.Count)], random, depth + 1);
                i = slot.End;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
    }

    private IReadOnlyList<string> Slot(string name) =>
        slots.TryGetValue(name, out var fillers) && fillers.Count > 0 ? fillers : throw new FormatException($"Unknown slot <{name}>.");

    // "<product>" is a slot; "<3" and "a < b" are text.
    private static (string Name, int End)? SlotAt(string pattern, int i)
    {
        if (pattern[i] != '<')
        {
            return null;
        }

        var j = i + 1;
        while (j < pattern.Length && (char.IsAsciiLetterLower(pattern[j]) || pattern[j] == '-'))
        {
            j++;
        }

        return j > i + 1 && j < pattern.Length && pattern[j] == '>' ? (pattern[(i + 1)..j], j + 1) : null;
    }

    private static int Closing(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            depth += pattern[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"Unbalanced '{{' in '{pattern}'.");
    }

    private static List<string> Alternatives(string pattern, int start, int end)
    {
        var result = new List<string>();
        var depth = 0;
        var from = start;
        for (var i = start; i < end; i++)
        {
            depth += pattern[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (pattern[i] == '|' && depth == 0)
            {
                result.Add(pattern[from..i]);
                from = i + 1;
            }
        }

        result.Add(pattern[from..end]);
        return result;
    }

    // An empty optional part leaves doubled or stray spaces ("a  b", "a ,"): close them up.
    private static string Tidy(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c == ' ' && sb.Length > 0 && sb[^1] == ' ')
            {
                continue;
            }

            if (c is ',' or '.' or '!' or '?' && sb.Length > 0 && sb[^1] == ' ')
            {
                sb.Length--;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
