using Ugc.Grains.Classification;
using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Classification;

public class CorpusLoaderTests
{
    [Theory]
    [InlineData("spam")]
    [InlineData("abuse")]
    [InlineData("offtopic")]
    public void Built_in_corpora_hold_thousands_of_distinct_examples_from_hundreds_of_patterns(string model)
    {
        var examples = CorpusLoader.LoadBuiltIn(model);
        var flagged = examples.Where(e => e.Flagged).ToList();

        Assert.True(examples.Count >= 3000, $"{model}: {examples.Count} examples");
        Assert.True(flagged.Select(e => e.Group).Distinct().Count() >= 90, $"{model}: {flagged.Select(e => e.Group).Distinct().Count()} flagged patterns");
        Assert.InRange(flagged.Count / (double)examples.Count, 0.15, 0.6);
        Assert.Equal(examples.Count, examples.Select(e => e.Text.ToUpperInvariant()).Distinct().Count());
        Assert.All(examples, e => Assert.NotNull(e.Group));
    }

    [Fact]
    public void Expansion_is_the_same_in_every_load_and_in_any_pattern_order()
    {
        var patterns = CorpusLoader.LoadPatterns("spam");

        var forward = CorpusLoader.Expand(patterns).OrderBy(e => e.Text, StringComparer.Ordinal).ToList();
        var backward = CorpusLoader.Expand(patterns.Reverse()).OrderBy(e => e.Text, StringComparer.Ordinal).ToList();

        Assert.Equal(CorpusLoader.LoadBuiltIn("spam").OrderBy(e => e.Text, StringComparer.Ordinal), forward);
        Assert.Equal(forward.Select(e => (e.Text, e.Group)), backward.Select(e => (e.Text, e.Group)));
    }

    [Fact]
    public void Honest_patterns_are_negatives_of_every_model()
    {
        var honest = CorpusLoader.LoadPatterns("spam").Where(p => p.Source.StartsWith("Honest.tsv", StringComparison.Ordinal)).ToList();

        Assert.True(honest.Count >= 350, $"{honest.Count} honest patterns");
        Assert.All(honest, p => Assert.False(p.Flagged));
        Assert.All(CorpusLoader.BuiltInModels, m => Assert.Equal(honest, CorpusLoader.LoadPatterns(m).Where(p => p.Source.StartsWith("Honest.tsv", StringComparison.Ordinal))));
    }

    [Fact]
    public void Evaluation_sets_are_large_and_share_no_text_with_any_training_corpus()
    {
        var honest = CorpusLoader.LoadEvaluation("honest");
        var flagged = CorpusLoader.LoadEvaluation("flagged");
        var training = CorpusLoader.BuiltInModels.SelectMany(CorpusLoader.LoadBuiltIn).Select(e => TextNormalizer.Normalize(e.Text)).ToHashSet(StringComparer.Ordinal);

        Assert.True(honest.Count >= 200, $"{honest.Count} honest texts");
        Assert.All(honest, t => Assert.Equal(EvaluationText.Honest, t.Kind));
        Assert.Equal(["abuse", "solicitation", "spam"], flagged.Select(t => t.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.All(flagged.GroupBy(t => t.Kind), g => Assert.True(g.Count() >= 40, $"{g.Key}: {g.Count()} texts"));
        Assert.All(honest.Concat(flagged), t => Assert.DoesNotContain(TextNormalizer.Normalize(t.Text), training));
    }

    // The evaluation sets were written first; a training pattern that paraphrases one of their texts would make the
    // figures measure memory, not language. Word-set overlap (Jaccard) of 0.45 or more counts as a paraphrase:
    // "the designer of this junk should be beaten" against "whoever designed this junk should be beaten" is 0.5.
    [Fact]
    public void No_training_example_paraphrases_an_evaluation_text()
    {
        const double MaxOverlap = 0.45;
        var training = CorpusLoader.BuiltInModels.SelectMany(CorpusLoader.LoadBuiltIn).Select(e => e.Text).Distinct(StringComparer.Ordinal).ToList();
        var words = training.Select(Words).ToList();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var w in words[i])
            {
                (postings.TryGetValue(w, out var list) ? list : postings[w] = []).Add(i);
            }
        }

        var paraphrased = new List<string>();
        foreach (var text in CorpusLoader.EvaluationSets.SelectMany(CorpusLoader.LoadEvaluation).Select(t => t.Text))
        {
            var own = Words(text);
            if (own.Count < 3)
            {
                continue;
            }

            var shared = new Dictionary<int, int>();
            foreach (var i in own.SelectMany(w => postings.GetValueOrDefault(w) ?? []))
            {
                shared[i] = shared.GetValueOrDefault(i) + 1;
            }

            if (shared.Select(s => (Index: s.Key, Overlap: s.Value / (double)(own.Count + words[s.Key].Count - s.Value))).MaxBy(s => s.Overlap) is { Overlap: >= MaxOverlap } closest)
            {
                paraphrased.Add($"{text} ~ {training[closest.Index]} ({closest.Overlap:F2})");
            }
        }

        Assert.True(paraphrased.Count == 0, string.Join(Environment.NewLine, paraphrased));
    }

    private static HashSet<string> Words(string text) => [.. TextNormalizer.Tokenize(text).Select(t => t.Text)];

    [Fact]
    public void Parse_skips_comments_and_blank_lines()
    {
        var examples = CorpusLoader.Parse(new StringReader("# header\n\nflagged\tbuy followers\nok\tnice blender  \n"));
        Assert.Equal([new LabeledExample("buy followers", true), new LabeledExample("nice blender", false)], examples);
    }

    [Theory]
    [InlineData("spam buy now")]
    [InlineData("maybe\ttext")]
    [InlineData("ok\t   ")]
    public void Parse_names_the_bad_line(string line)
    {
        var error = Assert.Throws<FormatException>(() => CorpusLoader.Parse(new StringReader("ok\tfine\n" + line)));
        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_built_in_model_or_evaluation_set_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => CorpusLoader.LoadBuiltIn("weather"));
        Assert.Throws<ArgumentException>(() => CorpusLoader.LoadEvaluation("weather"));
    }

    [Fact]
    public void Split_keeps_each_pattern_on_one_side_and_is_roughly_eighty_twenty()
    {
        var examples = CorpusLoader.LoadBuiltIn("abuse");
        var (train, test) = CorpusSplit.Split(examples);
        var (train2, test2) = CorpusSplit.Split(examples.Reverse());

        Assert.Equal(examples.Count, train.Count + test.Count);
        Assert.InRange(test.Count / (double)examples.Count, 0.14, 0.26);
        Assert.Empty(train.Select(e => e.Group).Intersect(test.Select(e => e.Group)));
        Assert.Equal(test.OrderBy(e => e.Text, StringComparer.Ordinal), test2.OrderBy(e => e.Text, StringComparer.Ordinal));
        Assert.Equal(train.Count, train2.Count);
    }

    [Fact]
    public void Folds_are_by_group_and_independent_of_the_split()
    {
        var (train, _) = CorpusSplit.Split(CorpusLoader.LoadBuiltIn("spam"));
        var folds = train.GroupBy(e => CorpusSplit.Fold(e, 5)).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(5, folds.Count);
        Assert.All(folds.Values, f => Assert.InRange(f.Count / (double)train.Count, 0.1, 0.3));
        Assert.All(train.GroupBy(e => e.Group), g => Assert.Single(g.Select(e => CorpusSplit.Fold(e, 5)).Distinct()));
    }
}
