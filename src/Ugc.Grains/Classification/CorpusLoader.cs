using System.Reflection;

namespace Ugc.Grains.Classification;

/// <summary>
/// Reads labelled corpora in TSV form, one example a line: <c>flagged</c> or <c>ok</c>, a tab, the
/// text. Blank lines and lines starting with '#' are skipped. The built-in corpora ship as embedded
/// resources, one per built-in model.
/// </summary>
public static class CorpusLoader
{
    /// <summary>The built-in models, each with a corpus: spam and solicitation, abuse, off-topic.</summary>
    public static IReadOnlyList<string> BuiltInModels { get; } = ["spam", "abuse", "offtopic"];

    /// <summary>Loads the built-in corpus of <paramref name="model"/>.</summary>
    public static IReadOnlyList<LabeledExample> LoadBuiltIn(string model)
    {
        if (!BuiltInModels.Contains(model, StringComparer.Ordinal))
        {
            throw new ArgumentException($"No built-in corpus '{model}'; known: {string.Join(", ", BuiltInModels)}.", nameof(model));
        }

        var name = $"Ugc.Grains.Corpus.{model}.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses TSV; throws <see cref="FormatException"/> naming the first bad line.</summary>
    public static IReadOnlyList<LabeledExample> Parse(TextReader reader)
    {
        var examples = new List<LabeledExample>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var label = tab < 0 ? string.Empty : line[..tab].Trim();
            var text = tab < 0 ? string.Empty : line[(tab + 1)..].Trim();
            var flagged = label switch
            {
                "flagged" => true,
                "ok" => false,
                _ => throw new FormatException($"Line {lineNumber}: expected 'flagged' or 'ok', a tab, then text."),
            };
            if (text.Length == 0)
            {
                throw new FormatException($"Line {lineNumber}: the text is empty.");
            }

            examples.Add(new LabeledExample(text, flagged));
        }

        return examples;
    }
}
