using System.Reflection;
using Ugc.Grains.Moderation;

namespace Ugc.Grains.Classification;

/// <summary>
/// Loads corpora. The built-in corpora ship as embedded resources of hand-written patterns: one file per model
/// (its flagged patterns and its hard negatives), <c>honest.tsv</c> (everyday reviews, questions and answers,
/// negatives of every model) and <c>slots.tsv</c> (shared vocabulary). Each pattern expands into a few
/// variants; every variant keeps its pattern as <see cref="LabeledExample.Group"/>. Plain labelled TSV (one
/// text a line: <c>flagged</c> or <c>ok</c>, a tab, the text; blank lines and '#' lines skipped) is read by
/// <see cref="Parse"/>.
/// </summary>
public static class CorpusLoader
{
    /// <summary>Variants generated from each pattern.</summary>
    public const int VariantsPerPattern = 6;

    private const string HonestCorpus = "honest";
    private const string Prefix = "Ugc.Grains.Corpus.";

    private static readonly Lazy<PatternExpander> Expander = new(() => new PatternExpander(LoadSlots()));

    /// <summary>The built-in models, each with a corpus: spam and solicitation, abuse, off-topic.</summary>
    public static IReadOnlyList<string> BuiltInModels { get; } = ["spam", "abuse", "offtopic"];

    /// <summary>The evaluation sets: honest texts, and spam, solicitation and abuse texts.</summary>
    public static IReadOnlyList<string> EvaluationSets { get; } = ["honest", "flagged"];

    /// <summary>Loads and expands the built-in corpus of <paramref name="model"/>.</summary>
    public static IReadOnlyList<LabeledExample> LoadBuiltIn(string model) => Expand(LoadPatterns(model));

    /// <summary>The hand-written patterns of <paramref name="model"/>: its own file, then the honest ones.</summary>
    public static IReadOnlyList<CorpusPattern> LoadPatterns(string model)
    {
        if (!BuiltInModels.Contains(model, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No built-in corpus '{model}'; known: {string.Join(", ", BuiltInModels)}.", nameof(model));
        }

        var honest = ReadPatterns(HonestCorpus);
        if (honest.FirstOrDefault(p => p.Flagged) is { } wrong)
        {
            throw new FormatException($"{wrong.Source}: the honest corpus holds only 'ok' lines.");
        }

        return [.. ReadPatterns(model), .. honest];
    }

    /// <summary>Expands patterns into distinct examples, the same ones in every process.</summary>
    public static IReadOnlyList<LabeledExample> Expand(IEnumerable<CorpusPattern> patterns, int variants = VariantsPerPattern)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var examples = new List<LabeledExample>();
        foreach (var pattern in patterns)
        {
            var hash = Fnv1a64.Hash(pattern.Pattern);
            var random = new SplitMix64(hash);
            var group = hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            var made = 0;
            for (var attempt = 0; attempt < variants * 4 && made < variants; attempt++)
            {
                string text;
                try
                {
                    text = TextVariation.Apply(Expander.Value.Expand(pattern.Pattern, random), random);
                }
                catch (FormatException e)
                {
                    throw new FormatException($"{pattern.Source}: {e.Message}", e);
                }

                if (seen.Add(text))
                {
                    examples.Add(new LabeledExample(text, pattern.Flagged, group));
                    made++;
                }
            }
        }

        return examples;
    }

    /// <summary>An evaluation set: texts written apart from the corpus, never trained on.</summary>
    public static IReadOnlyList<EvaluationText> LoadEvaluation(string set)
    {
        if (!EvaluationSets.Contains(set, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No evaluation set '{set}'; known: {string.Join(", ", EvaluationSets)}.", nameof(set));
        }

        return [.. Lines($"Evaluation.{set}").Select(l => new EvaluationText(l.Label, l.Text))];
    }

    /// <summary>Parses plain labelled TSV; throws <see cref="FormatException"/> naming the first bad line.</summary>
    public static IReadOnlyList<LabeledExample> Parse(TextReader reader) =>
        [.. Lines(reader, "line").Select(l => new LabeledExample(l.Text, Label(l.Label, l.Source)))];

    private static List<CorpusPattern> ReadPatterns(string name)
    {
        var patterns = new List<CorpusPattern>();
        foreach (var (label, text, source) in Lines(name))
        {
            var pattern = new CorpusPattern(Label(label, source), text, source);
            try
            {
                Expander.Value.Validate(text);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{source}: {e.Message}", e);
            }

            patterns.Add(pattern);
        }

        return patterns;
    }

    private static Dictionary<string, IReadOnlyList<string>> LoadSlots()
    {
        var slots = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, filler, _) in Lines("slots"))
        {
            if (!slots.TryGetValue(name, out var fillers))
            {
                slots[name] = fillers = [];
            }

            fillers.Add(filler);
        }

        return slots.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value, StringComparer.Ordinal);
    }

    private static bool Label(string label, string source) => label switch
    {
        "flagged" => true,
        "ok" => false,
        _ => throw new FormatException($"{source}: expected 'flagged' or 'ok', a tab, then text."),
    };

    private static List<(string Label, string Text, string Source)> Lines(string resource)
    {
        var name = $"{Prefix}{resource}.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return Lines(reader, $"{resource}.tsv line");
    }

    private static List<(string Label, string Text, string Source)> Lines(TextReader reader, string source)
    {
        var lines = new List<(string, string, string)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var where = $"{char.ToUpperInvariant(source[0])}{source[1..]} {lineNumber}";
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var label = tab < 0 ? string.Empty : line[..tab].Trim();
            var text = tab < 0 ? string.Empty : line[(tab + 1)..].Trim();
            if (label.Length == 0)
            {
                throw new FormatException($"{where}: expected a label, a tab, then text.");
            }

            if (text.Length == 0)
            {
                throw new FormatException($"{where}: the text is empty.");
            }

            lines.Add((label, text, where));
        }

        return lines;
    }
}
